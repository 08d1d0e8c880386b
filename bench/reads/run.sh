#!/usr/bin/env bash
# Issue 13's budgets in one run, each side by side with its baseline: the Kestrel ceiling
# (shared/bench/ceiling, serving the meeting page's own bytes from memory) before and after the
# subject, on SQLite and on PostgreSQL, then `plenary render` against pandoc.
#
# Usage: bench/reads/run.sh [SHARED_DIR]      (default: ../shared beside the repository)
# Settings: STORES="sqlite postgres"  DURATION=8s  CONNECTIONS=32  SKIP_CLI=1
#           PGHOST PGPORT PGUSER PGPASSWORD (a role that may create databases; default 127.0.0.1, plenary)
# Needs wrk, curl, farm-bench (or hyperfine), pandoc, LibreOffice (the PDF row), PostgreSQL for its rows.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "${1:-$root/../shared}" && pwd)
stores=${STORES:-sqlite postgres}
duration=${DURATION:-8s}
connections=${CONNECTIONS:-32}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-plenary} PGPASSWORD=${PGPASSWORD:-plenary}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
pids=()
database=plenary_bench_$$
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
password="a passphrase for the read benchmark"
slug=eg-cybercrime meeting=7
page=/bodies/$slug/meetings/$meeting
machine() { echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"; }

echo "== Building (Release): the ceiling, the web app, the command line"
cp -r "$shared/bench/ceiling" "$work/ceiling-src"
dotnet build -c Release "$work/ceiling-src" -o "$work/ceiling" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet publish -c Release "$root/src/Plenary.Web" -o "$work/web" -v quiet -nologo >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet publish -c Release -r linux-x64 --self-contained false "$root/src/Plenary.Cli" -o "$work/cli" -v quiet -nologo >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_up() { for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

# wrk URL [header] -> "requests_per_second p99_ms"
load() {
  local out
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency ${2:+-H "$2"} "$1")
  local rps p99
  rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $NF}')
  [ -z "$errors" ] || echo "   (wrk: $errors responses were not 2xx/3xx for $1)" >&2
  echo "$rps ${p99:-?}"
}

row() { # label rps p99 ceiling budget_ratio budget_p99 budget_rps
  awk -v l="$1" -v r="$2" -v p="$3" -v c="$4" -v br="$5" -v bp="$6" -v bn="$7" 'BEGIN {
    ratio = r / c; ok = "yes"
    if (br != "-" && ratio < br) ok = "NO"; if (bp != "-" && p >= bp) ok = "NO"; if (bn != "-" && r < bn) ok = "NO"
    budget = (br != "-" ? ">= " br " of ceiling" : "") (bp != "-" ? ", p99 < " bp " ms" : "") (bn != "-" ? ">= " bn " req/s" : "")
    printf "%-44s %10.0f %9.2f %7.3f   %-32s %s\n", l, r, p, ratio, budget, ok }'
}

for store in $stores; do
  echo
  echo "== Store: $store   (machine: $(machine))"
  if [ "$store" = postgres ]; then
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""
    export Database__Provider=PostgreSQL ConnectionStrings__Plenary="Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD"
  else
    export Database__Provider=Sqlite ConnectionStrings__Plenary="Data Source=$work/bench.db"
    rm -f "$work/bench.db"
  fi
  cli() { dotnet "$work/cli/plenary.dll" "$@"; }
  cli db migrate >/dev/null
  cli demo >/dev/null
  cli users password --email secretariat@plenary.demo --password "$password" >/dev/null

  port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Production Plenary__LoadDemo=false \
    dotnet "$work/web/Plenary.Web.dll" --urls "http://127.0.0.1:$port" --contentRoot "$work/web" >"$work/web-$store.log" 2>&1 &
  web=$!; pids+=("$web")
  base=http://127.0.0.1:$port
  wait_up "$base/health"

  # Sign in as the Secretariat (the form, its antiforgery token, the cookie).
  jar=$work/cookies-$store
  token=$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=secretariat@plenary.demo" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
  # The first read after signing in checks the session and renews its cookie (SessionCheck); keep the renewed
  # cookie, as a browser does, so that the load measures a signed-in reader's pages and not a sign-in's first check.
  # Into a file first: grep -q stops reading at its match, and under pipefail curl's broken pipe would fail the check.
  curl -fs -b "$jar" -c "$jar" "$base$page" -o "$work/secretariat.html" && grep -q "History of changes" "$work/secretariat.html" \
    || { echo "signing in as the Secretariat failed" >&2; exit 1; }
  cookie="Cookie: $(awk '$6 == "plenary" {print "plenary=" $7}' "$jar")"
  curl -fs -D "$work/renewed.txt" -o /dev/null -H "$cookie" "$base$page"
  ! grep -qi '^set-cookie: plenary=' "$work/renewed.txt" || { echo "the Secretariat's cookie is checked again on every read" >&2; exit 1; }

  # The ceiling serves the anonymous meeting page's own bytes.
  curl -fs "$base$page" >"$work/page.html"
  cport=$(free_port)
  CEILING_BODY=$work/page.html dotnet "$work/ceiling/ceiling.dll" --urls "http://127.0.0.1:$cport" >/dev/null 2>&1 &
  ceiling=$!; pids+=("$ceiling")
  wait_up "http://127.0.0.1:$cport/"

  json=$base/api/v1$page
  docx="$base/api/v1$page/documents/agenda?format=docx"
  pdf="$base/api/v1$page/documents/agenda?format=pdf"
  # Warm every route once (the PDF's first request converts it; its time is reported).
  for url in "$base$page" "$json" "$docx"; do curl -fs -o /dev/null "$url"; done
  curl -fs -o /dev/null -H "$cookie" "$base$page"
  pdf_first=$(curl -fs -o "$work/agenda.pdf" -w '%{time_total}' "$pdf" || echo "failed")
  pdf_second=$(curl -fs -o /dev/null -w '%{time_total}' "$pdf" || echo "failed")

  read -r c1 c1p < <(load "http://127.0.0.1:$cport/")
  read -r anon anonp < <(load "$base$page")
  read -r js jsp < <(load "$json")
  read -r sec secp < <(load "$base$page" "$cookie")
  read -r dx dxp < <(load "$docx")
  # The PDF under load only once it is served from cache: uncached, each request would start LibreOffice.
  if awk -v a="$pdf_first" -v b="$pdf_second" 'BEGIN {exit !(b < 0.2 && b < a / 10)}'; then
    read -r pd pdp < <(load "$pdf")
  else
    pd=0 pdp=0
  fi
  read -r c2 c2p < <(load "http://127.0.0.1:$cport/")
  ceiling_rps=$(awk -v a="$c1" -v b="$c2" 'BEGIN {print (a + b) / 2}')
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$web/status")
  hwm=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$web/status")

  printf '%-44s %10s %9s %7s   %-32s %s\n' "what ($store, $connections connections, $duration)" "req/s" "p99 ms" "ratio" "budget" "met"
  printf '%-44s %10.0f %9.2f\n' "ceiling, before" "$c1" "$c1p"
  row "anonymous meeting page" "$anon" "$anonp" "$ceiling_rps" 0.3 20 -
  row "its JSON" "$js" "$jsp" "$ceiling_rps" 0.3 20 -
  row "meeting page, signed-in Secretariat" "$sec" "$secp" "$ceiling_rps" - - 2000
  row "agenda as DOCX, record unchanged" "$dx" "$dxp" "$ceiling_rps" 0.2 - -
  if [ "$pd" = 0 ]; then
    printf '%-44s %10s %9s %7s   %-32s %s\n' "agenda as PDF, record unchanged" "-" "-" "-" "served from cache" "NO (converted on every request)"
  else
    row "agenda as PDF, record unchanged" "$pd" "$pdp" "$ceiling_rps" - - -
  fi
  printf '%-44s %10.0f %9.2f\n' "ceiling, after" "$c2" "$c2p"
  echo "PDF: first request ${pdf_first} s (converts), second ${pdf_second} s ($(pdfinfo "$work/agenda.pdf" 2>/dev/null | awk '/^Pages:/ {print $2 " pages"}'))"
  echo "web app memory after the load: ${rss} MiB resident, peak ${hwm} MiB"

  kill "$ceiling" "$web"; wait "$ceiling" "$web" 2>/dev/null || true
  pids=()
done

if [ -z "${SKIP_CLI:-}" ]; then
  echo
  echo "== plenary render agenda --format docx, whole process, against pandoc (machine: $(machine))"
  export Database__Provider=Sqlite ConnectionStrings__Plenary="Data Source=$work/cli.db" XDG_CACHE_HOME="$work/cache"
  dotnet "$work/cli/plenary.dll" demo >/dev/null
  seed=$(ls "$shared"/seeds/000_*.txt | head -1)
  mkdir -p "$work/out"
  # The launcher the published command line has (bin/plenary), as a user runs it. The record is unchanged
  # between runs: the command writes the document from the copy its last render kept (RenderCache, keyed by
  # the record's version). The second comparison composes every time (--fresh), as a first render after a write.
  render=("$work/cli/plenary" render agenda --body $slug --meeting $meeting --format docx --date 2021-02-05 --out "$work/out")
  pandoc_cmd="pandoc -f markdown -t docx -o $work/out/pandoc.docx $seed"
  farm-bench -n 10 --timeout 300 --vs "$pandoc_cmd" -- "${render[@]}" \
    | tee "$work/cli.txt" | grep -E "^(A|B) (cpu|wall) s|^A/B (cpu|wall)|^A peak|^B peak"
  awk '/^A\/B wall/ {printf "plenary / pandoc, wall (median), record unchanged: %.2f (budget: at most 1.5) -> %s\n", $4, ($4 <= 1.5 ? "met" : "NOT met")}' "$work/cli.txt"
  farm-bench -n 6 --timeout 300 --vs "$pandoc_cmd" -- "${render[@]}" --fresh \
    | tee "$work/cli-fresh.txt" | grep -E "^(A|B) (cpu|wall) s|^A/B (cpu|wall)"
  awk '/^A\/B wall/ {printf "plenary / pandoc, wall (median), composing every time (--fresh): %.2f\n", $4}' "$work/cli-fresh.txt"
fi
