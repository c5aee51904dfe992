#!/usr/bin/env bash
# The printable plan in a real browser (Debian's headless Chromium): for the example runner and
# the shared personas (when ../shared is beside the repository), the page prints on 4 to 8 A4
# pages, and at 400 px wide nothing makes the page scroll sideways and no text is cut.
#
# usage: plan_page_in_browser_test.sh STRIDE_BINARY SOURCE_DIR
# Exits 77 (skipped) when Chromium or pdfinfo is missing: `make test` installs both.
set -euo pipefail

stride=$1
source_dir=$2
browser=$(command -v chromium || true)
if [[ -z "$browser" ]] || ! command -v pdfinfo >/dev/null; then
  echo "skipped: chromium or pdfinfo (poppler-utils) is not installed"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Chromium keeps its profile and crash reports in the work folder; CI runs as root.
chrome=("$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile"
        --disable-crash-reporter --no-pdf-header-footer)

# The layout at phone width: a host page holds the plan in a 400 px frame (a headless window is
# never narrower than 500 px), and a script appended to a copy of the plan measures, once it is
# loaded, whether the document is wider than the frame and which elements have their text cut
# (wider inside than out); it posts the answer to the host, which keeps it in an attribute.
cat >"$work/measure.html" <<'MEASURE'
<script>
addEventListener("load", () => {
  const width = document.documentElement.clientWidth;
  const cut = [...document.querySelectorAll("body *")].filter((element) =>
    element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 &&
    getComputedStyle(element).display !== "inline");
  parent.postMessage(JSON.stringify({
    width,
    sideways: document.documentElement.scrollWidth > width,
    cut: cut.slice(0, 5).map((element) => element.tagName + "." + element.className + ": " +
                                      element.textContent.trim().slice(0, 40)),
  }), "*");
});
</script>
MEASURE

failures=0
check() {
  local name=$1
  shift
  "$stride" plan "$@" --start 2026-11-23 --format html >"$work/$name.html"
  "${chrome[@]}" --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" 2>/dev/null
  local pages
  pages=$(pdfinfo "$work/$name.pdf" | awk '/^Pages:/ {print $2}')
  if ((pages < 4 || pages > 8)); then
    echo "FAIL $name: $pages A4 pages, expected 4 to 8"
    failures=$((failures + 1))
  else
    echo "ok   $name: $pages A4 pages"
  fi
  cat "$work/$name.html" "$work/measure.html" >"$work/$name-measured.html"
  cat >"$work/$name-host.html" <<HOST
<!DOCTYPE html><html><body><iframe src="$name-measured.html" width="400" height="900"></iframe>
<script>addEventListener("message", (event) => document.body.setAttribute("data-layout", event.data));</script>
</body></html>
HOST
  local layout
  layout=$("${chrome[@]}" --hide-scrollbars --window-size=800,1000 --virtual-time-budget=5000 --dump-dom \
             "file://$work/$name-host.html" 2>/dev/null | grep -o 'data-layout="[^"]*"' || true)
  if [[ "$layout" != 'data-layout="{&quot;width&quot;:400,&quot;sideways&quot;:false,&quot;cut&quot;:[]}"' ]]; then
    echo "FAIL $name at 400 px: ${layout:-no measurement}"
    failures=$((failures + 1))
  else
    echo "ok   $name at 400 px: no sideways scrolling, no cut text"
  fi
}

cd "$source_dir"
check example --athlete examples/athlete.json --runs examples/runs.json --assessment examples/assessment.json
personas=$source_dir/../shared/personas
if [[ -d "$personas" ]]; then
  for persona in s01-10k-knees-and-heels s02-masters-half-back-history s04-track-general-with-5k; do
    assessment=()
    [[ -f "$personas/$persona/assessment.json" ]] && assessment=(--assessment "$personas/$persona/assessment.json")
    check "$persona" --athlete "$personas/$persona/athlete.json" --runs "$personas/$persona/runs.json" "${assessment[@]}"
  done
else
  echo "note: ../shared/personas not found; only the example runner was checked"
fi
exit $((failures > 0))
