#!/usr/bin/env bash
# Re-create src/rivalgraph/web/static/vendor/ from npm: the browser libraries the dashboard
# serves itself (never from a CDN). Pinned versions; the README records each file's sha256.
# Needs npm and the npm registry; the app itself never downloads anything.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/rivalgraph/web/static/vendor
# package@version  file-inside-the-package  name-in-vendor/
PACKAGES=(
  "vega@6.4.0 package/build/vega.min.js vega.min.js"
  "vega-lite@6.4.1 package/build/vega-lite.min.js vega-lite.min.js"
  "vega-embed@7.3.0 package/build/vega-embed.min.js vega-embed.min.js"
  "htmx.org@2.0.11 package/dist/htmx.min.js htmx.min.js"
  "cytoscape@3.35.0 package/dist/cytoscape.min.js cytoscape.min.js"
  "swagger-ui-dist@5.35.0 package/swagger-ui-bundle.js swagger-ui-bundle.js"
  "swagger-ui-dist@5.35.0 package/swagger-ui.css swagger-ui.css"
)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$DEST"
{
  echo "# Vendored browser libraries"
  echo
  echo "Obtained with \`scripts/vendor_static.sh\` (\`npm pack PACKAGE@VERSION\`, then the built file"
  echo "copied out of the tarball). Served by the app from /static/vendor/; no page loads a CDN."
  echo "vega-lite 6.4.1 is the schema version Altair $(.venv/bin/python -c 'import altair; print(altair.__version__)' 2>/dev/null || echo '6.x') emits."
  echo
  echo "| package | version | file | npm tarball sha512 (integrity) | file sha256 | license |"
  echo "|---|---|---|---|---|---|"
} > "$TMP/README.md"
for entry in "${PACKAGES[@]}"; do
  read -r spec inner name <<<"$entry"
  pkg=${spec%@*}; ver=${spec##*@}
  (cd "$TMP" && npm pack --silent "$spec" >/dev/null)
  tgz=$(ls "$TMP"/*.tgz)
  integrity=$(npm view "$spec" dist.integrity)
  tar -xzf "$tgz" -C "$TMP" "$inner"
  cp "$TMP/$inner" "$DEST/$name"
  license=$(tar -xzOf "$tgz" package/package.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).license))')
  sum=$(sha256sum "$DEST/$name" | cut -d' ' -f1)
  echo "| $pkg | $ver | $name | \`$integrity\` | \`$sum\` | $license |" >> "$TMP/README.md"
  rm -rf "$tgz" "$TMP/package"
done
cp "$TMP/README.md" "$DEST/README.md"
echo "vendored into $DEST:"; ls -l "$DEST"
