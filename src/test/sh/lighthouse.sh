#!/usr/bin/env bash
# Lighthouse (mobile: its default form factor and simulated throttling) over the platform's entry pages:
# home, sign-in, sign-up, and, as a signed-in citizen, the ballot and arena pages. A benchmark, not a test:
# mvn verify does not run it. Prints page / performance / accessibility / FCP / LCP / TBT / transferred KB;
# each page's full report is in target/lighthouse/PAGE.report.json.
#
#   src/test/sh/lighthouse.sh BASE_URL
#
# Needs Node 20 with npm (lighthouse is installed with `npm ci` into src/test/lighthouse/node_modules, git-ignored)
# and Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
#
# The ballot and arena pages need a signed-in citizen: the script signs a new one up through the platform's pages
# (kr.go.msit.sovereignai.benchmark.LighthouseSession; the platform must run with PLATFORM_EMAIL_VERIFICATION=false
# so that sign-up signs in) unless LIGHTHOUSE_COOKIE='JSESSIONID=...' is given. They show a form only while a
# rating round and an arena round are open; LIGHTHOUSE_PREPARE passes options to LighthouseSession that prepare
# them through the administrator's pages, e.g.
#   LIGHTHOUSE_PREPARE='--prepare-rating 1 --prepare-arena 2 --admin-email you@example.kr --admin-password choose-one'
# (scheduled reviews 1 and 2 of a fresh database; see docs/operations.md, "Lighthouse").
set -euo pipefail

base="${1:?usage: $0 BASE_URL (e.g. http://localhost:8080/)}"
base="${base%/}/"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
lighthouse_dir="$root/src/test/lighthouse"
out="$root/target/lighthouse"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ ! -x "$lighthouse_dir/node_modules/.bin/lighthouse" ]; then
    (cd "$lighthouse_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

cookie="${LIGHTHOUSE_COOKIE:-}"
if [ -z "$cookie" ]; then
    (cd "$root" && mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.LighthouseSession \
        -Dexec.args="--base $base ${LIGHTHOUSE_PREPARE:-}") | tee "$out/session.txt"
    cookie="$(grep '^JSESSIONID=' "$out/session.txt" | tail -1)"
fi

run() { # name url [cookie]
    local name="$1" url="$2" headers=()
    if [ -n "${3:-}" ]; then
        printf '{"Cookie":"%s"}' "$3" > "$out/headers.json"
        headers=(--extra-headers="$out/headers.json")
    fi
    "$lighthouse_dir/node_modules/.bin/lighthouse" "$url" --quiet \
        --only-categories=performance,accessibility \
        --chrome-flags="--headless=new --no-sandbox" \
        "${headers[@]}" \
        --output=json --output-path="$out/$name.report.json" >/dev/null
}

run home "$base"
run login "${base}login.xhtml"
run signup "${base}signup.xhtml"
run ballot "${base}ballot.xhtml" "$cookie"
run arena "${base}arena.xhtml" "$cookie"

node - "$out" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const rows = [['page', 'perf', 'a11y', 'FCP s', 'LCP s', 'TBT ms', 'KB']];
for (const name of ['home', 'login', 'signup', 'ballot', 'arena']) {
  const r = JSON.parse(fs.readFileSync(`${dir}/${name}.report.json`, 'utf8'));
  const a = (id) => r.audits[id].numericValue;
  const score = (c) => r.categories[c].score === null ? '-' : Math.round(r.categories[c].score * 100);
  rows.push([name, score('performance'), score('accessibility'),
    (a('first-contentful-paint') / 1000).toFixed(1), (a('largest-contentful-paint') / 1000).toFixed(1),
    Math.round(a('total-blocking-time')), (a('total-byte-weight') / 1024).toFixed(0)]);
  const failed = Object.values(r.categories.accessibility.auditRefs)
    .map((ref) => r.audits[ref.id]).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary');
  if (failed.length) rows.push(['', '', 'fails: ' + failed.map((x) => x.id).join(' '), '', '', '', '']);
}
for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(i === 0 ? 8 : 7)).join(' ').trimEnd());
JS
