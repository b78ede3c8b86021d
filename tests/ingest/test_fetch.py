"""URL and feed ingest against a real HTTP server on 127.0.0.1, and the private-address guard."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rivalgraph.errors import FetchError
from rivalgraph.ingest import IngestFailure, IngestOptions, RawDocument, read_inputs
from rivalgraph.ingest.fetch import check_host
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "ingest" / "story_with_noise.html").read_bytes()
FEED = (FIXTURES / "ingest" / "feed.xml").read_bytes()
ALLOW = IngestOptions(allow_private=True, timeout_s=2.0, max_bytes=200_000)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        if "Content_Length" not in headers and "Transfer_Encoding" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        routes = {
            "/page": lambda: self._send(200, PAGE),
            "/feed": lambda: self._send(200, FEED, "application/rss+xml"),
            "/redirect": lambda: self._send(302, b"", Location="/page"),
            "/loop": lambda: self._send(302, b"", Location="/loop"),
            "/missing": lambda: self._send(404, b"not here"),
            "/big": lambda: self._send(200, b"<p>" + b"x" * 500_000 + b"</p>"),
            "/gzip-bomb": lambda: self._send(
                200, gzip.compress(b"<p>" + b"x" * 5_000_000 + b"</p>"), Content_Encoding="gzip"
            ),
        }
        if self.path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must apply while streaming
            for _ in range(40):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
            return
        if self.path == "/slow":
            time.sleep(3)
            self._send(200, PAGE)
            return
        routes.get(self.path, lambda: self._send(404, b""))()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # The client hangs up on purpose (size cap, timeout): a broken pipe here is expected.
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 with a random free port."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _one(url: str, options: IngestOptions = ALLOW) -> RawDocument | IngestFailure:
    (item,) = list(read_inputs([url], options=options))
    return item


def test_ingest_url_loopback_refused_by_default(server: str) -> None:
    item = _one(f"{server}/page", IngestOptions())
    assert isinstance(item, IngestFailure)
    assert "non-public address 127.0.0.1" in item.reason and "--allow-private" in item.reason


def test_ingest_url_page_fetched_when_allowed(server: str) -> None:
    item = _one(f"{server}/page")
    assert isinstance(item, RawDocument)
    assert item.content_type == "html" and "Chip start-ups crowd" in item.content
    assert item.metadata["url"] == f"{server}/page"


def test_ingest_url_redirect_followed_and_rechecked(server: str) -> None:
    item = _one(f"{server}/redirect")
    assert isinstance(item, RawDocument) and item.metadata["url"] == f"{server}/page"


def test_ingest_url_redirect_loop_is_limited(server: str) -> None:
    item = _one(f"{server}/loop")
    assert isinstance(item, IngestFailure) and "more than 5 redirects" in item.reason


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/big", "over the 0.2 MB limit"),
        ("/big-chunked", "over the 0.2 MB limit"),
        ("/gzip-bomb", "over the 0.2 MB limit"),
    ],
)
def test_ingest_url_errors_are_failures(server: str, path: str, reason: str) -> None:
    item = _one(f"{server}{path}")
    assert isinstance(item, IngestFailure) and reason in item.reason


def test_ingest_url_timeout_is_a_failure(server: str) -> None:
    item = _one(f"{server}/slow", IngestOptions(allow_private=True, timeout_s=0.5))
    assert isinstance(item, IngestFailure) and "no answer within 0.5 s" in item.reason


def test_ingest_url_unreachable_is_a_failure() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    item = _one(f"http://127.0.0.1:{port}/page")
    assert isinstance(item, IngestFailure) and "cannot connect" in item.reason


def test_ingest_feed_yields_each_entry(server: str) -> None:
    items = list(read_inputs([f"{server}/feed"], options=ALLOW))
    assert all(isinstance(i, RawDocument) for i in items) and len(items) == 2
    first = items[0]
    assert isinstance(first, RawDocument)
    assert first.metadata["title"] == "SenseTime shows SenseNova model at WAIC"
    assert first.metadata["published"] == "2023-07-06"
    assert first.metadata["site_name"] == "Harbour Tech Review"
    assert "SenseNova" in first.content


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_ingest_private_addresses_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public address"):
        check_host(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http:///nohost"])
def test_ingest_only_http_urls_with_host(url: str) -> None:
    with pytest.raises(FetchError):
        check_host(url, allow_private=True)


def test_ingest_public_address_passes_the_guard() -> None:
    check_host("http://8.8.8.8/", allow_private=False)
