"""Rebuild the bundled list slices from the byte-exact source files (run from the repository root).

    python data/lists/make_slices.py /path/to/shared/data/sanctions

Slicing keeps source lines byte for byte (CRLF, OFAC's trailing 0x1A byte); see README.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
# Individuals kept from the SDN list: programs about proliferation, cyber and Hong Kong, or an
# address in China, Hong Kong or Macau. Every non-individual entry (entity, vessel, aircraft) is kept.
SDN_PROGRAMS = ("NPWMD", "CYBER", "HK-EO13936")
SDN_COUNTRIES = {"China", "Hong Kong", "Macau"}


def _lines(path: Path) -> tuple[list[bytes], bytes]:
    raw = path.read_bytes()
    tail = b"\x1a" if raw.endswith(b"\x1a") else b""
    body = raw[: len(raw) - len(tail)]
    return body.splitlines(keepends=True), tail


def _num(line: bytes) -> str:
    return line.split(b",", 1)[0].decode().strip()


def _row(line: bytes) -> list[str]:
    return next(csv.reader(io.StringIO(line.decode("utf-8"))))


def slice_sdn(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    sdn, tail = _lines(src / "sdn.csv")
    add, _ = _lines(src / "add.csv")
    china = {_num(line) for line in add if _row(line)[4].strip() in SDN_COUNTRIES}
    keep = set()
    for line in sdn:
        row = _row(line)
        if row[2].strip() != "individual" or any(p in row[3] for p in SDN_PROGRAMS) or row[0] in china:
            keep.add(row[0])
    (dst / "sdn.csv").write_bytes(b"".join(line for line in sdn if _num(line) in keep) + tail)
    for name in ("add.csv", "alt.csv", "sdn_comments.csv"):
        lines, end = _lines(src / name)
        # Comments continue the remarks of the entry on the line; only whole lines are kept.
        (dst / name).write_bytes(b"".join(line for line in lines if _num(line) in keep) + end)


def slice_csl(src: Path, dst: Path) -> None:
    # The source copy is cut off inside its last row (one physical line): keep the lines before it.
    text = src.read_bytes().decode("utf-8")
    last_start = text.rstrip("\n").rfind("\n") + 1
    dst.write_bytes(text[:last_start].encode("utf-8"))


def main(shared: Path) -> None:
    slice_csl(shared / "csl/consolidated_2023-11_partial.csv", HERE / "us_csl_2023-11-30.csv")
    slice_sdn(shared / "ofac_sdn/2024-05-03_sdn_with_2025_add_alt", HERE / "us_ofac_sdn_2024-05-03")
    cons = HERE / "us_ofac_cons_2025-12-19"
    cons.mkdir(exist_ok=True)
    for name in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"):
        shutil.copyfile(shared / "ofac_cons_non_sdn" / name, cons / name)
    for path in sorted(HERE.rglob("*.csv")):
        print(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(HERE)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
