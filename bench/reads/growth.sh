#!/usr/bin/env bash
# Growth (issue 13, item 3): the same pages of the same meeting on the demo record and on a large
# one (50 meetings, 5,000 documents in the register, 500 agenda items, 10,000 audit entries), side by
# side in one run, on SQLite and PostgreSQL. The page cache is off (Plenary:Cache:Enabled=false), so
# what is timed is the making of each page. A page whose time depends on the meeting and not on the
# body shows a ratio near 1.
#
# Usage: bench/reads/growth.sh      Settings: STORES="sqlite postgres" DURATION=5s, PGHOST ... as bench/reads/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
stores=${STORES:-sqlite postgres}
duration=${DURATION:-5s}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-plenary} PGPASSWORD=${PGPASSWORD:-plenary}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
pids=()
databases=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for db in "${databases[@]}"; do
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
password="a passphrase for the growth benchmark"
machine() { echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_up() { for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; return 1; }

echo "== Building (Release) and making the large record"
dotnet publish -c Release "$root/src/Plenary.Web" -o "$work/web" -v quiet -nologo >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet publish -c Release -r linux-x64 --self-contained false "$root/src/Plenary.Cli" -o "$work/cli" -v quiet -nologo >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
python3 "$root/bench/reads/growth.py" "$root/data/demo/eg-cybercrime.json" "$work/large.json"

# 10,000 audit entries, spread over the meetings the timed one is not (the record format carries none).
audit_sql() { # sqlite|postgres
  if [ "$1" = sqlite ]; then
    echo "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
      INSERT INTO audit_entries (OccurredAt, UserId, Actor, Channel, EntityType, EntityId, Action, MeetingId, Before, After, BodyId)
      SELECT '2024-05-06 10:00:00+00:00', NULL, 'secretariat@plenary.demo', 'Web', 'Meeting', m.Id, 'Modified', m.Id,
             '{\"Venue\":\"Vienna\"}', '{\"Venue\":\"Vienna ' || n.i || '\"}', m.BodyId
      FROM n JOIN meetings m ON m.Number = 8 + n.i % 43;"
  else
    echo "INSERT INTO audit_entries (\"OccurredAt\", \"UserId\", \"Actor\", \"Channel\", \"EntityType\", \"EntityId\", \"Action\", \"MeetingId\", \"Before\", \"After\", \"BodyId\")
      SELECT '2024-05-06 10:00:00+00', NULL, 'secretariat@plenary.demo', 'Web', 'Meeting', m.\"Id\"::text, 'Modified', m.\"Id\",
             '{\"Venue\":\"Vienna\"}', '{\"Venue\":\"Vienna ' || i || '\"}', m.\"BodyId\"
      FROM generate_series(1, 10000) AS i JOIN meetings m ON m.\"Number\" = 8 + i % 43;"
  fi
}

# One sequential client: the time to make one page, as the median and p99 of wrk's latencies.
time_page() { # URL [header]
  local out; out=$(wrk -t1 -c1 -d"$duration" --latency ${2:+-H "$2"} "$1")
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v } sub(/s$/, "", v); return v * 1000 }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } END { printf "%.2f %.2f\n", p50, p99 }'
}

for store in $stores; do
  echo
  echo "== Store: $store   (machine: $(machine))"
  declare -A median=() tail=()
  for size in demo large; do
    if [ "$store" = postgres ]; then
      db=plenary_growth_${size}_$$; databases+=("$db")
      PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
      export Database__Provider=PostgreSQL ConnectionStrings__Plenary="Host=$PGHOST;Port=$PGPORT;Database=$db;Username=$PGUSER;Password=$PGPASSWORD"
    else
      export Database__Provider=Sqlite ConnectionStrings__Plenary="Data Source=$work/$size.db"
    fi
    cli() { dotnet "$work/cli/plenary.dll" "$@"; }
    cli db migrate >/dev/null
    cli demo >/dev/null
    if [ $size = large ]; then
      cli import "$work/large.json" >/dev/null
      if [ "$store" = sqlite ]; then sqlite3 "$work/large.db" "$(audit_sql sqlite)"; else psql -X -q -d "$db" -c "$(audit_sql postgres)"; fi
    fi
    cli users password --email secretariat@plenary.demo --password "$password" >/dev/null

    port=$(free_port); base=http://127.0.0.1:$port
    ASPNETCORE_ENVIRONMENT=Production Plenary__LoadDemo=false Plenary__Cache__Enabled=false \
      dotnet "$work/web/Plenary.Web.dll" --urls "$base" --contentRoot "$work/web" >"$work/web-$store-$size.log" 2>&1 &
    web=$!; pids+=("$web")
    wait_up "$base/health"
    jar=$work/cookies-$store-$size
    token=$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "Email=secretariat@plenary.demo" --data-urlencode "Password=$password" \
      --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
    # The first read after signing in renews the cookie (SessionCheck); the load sends the renewed one, as a browser would.
    curl -fs -o /dev/null -b "$jar" -c "$jar" "$base/bodies/eg-cybercrime/meetings/7"
    cookie="Cookie: $(awk '$6 == "plenary" {print "plenary=" $7}' "$jar")"

    declare -A urls=(
      [meeting7]="$base/bodies/eg-cybercrime/meetings/7"
      [json7]="$base/api/v1/bodies/eg-cybercrime/meetings/7"
      [register]="$base/bodies/eg-cybercrime/documents"
      [body]="$base/bodies/eg-cybercrime"
    )
    for page in meeting7 json7 register body; do
      curl -fs -o /dev/null "${urls[$page]}"
      read -r m t < <(time_page "${urls[$page]}")
      median[$page-$size]=$m tail[$page-$size]=$t
    done
    curl -fs -o /dev/null -H "$cookie" "${urls[meeting7]}"
    read -r m t < <(time_page "${urls[meeting7]}" "$cookie")
    median[secretariat7-$size]=$m tail[secretariat7-$size]=$t
    kill "$web"; wait "$web" 2>/dev/null || true
  done

  printf '%-52s %12s %12s %8s\n' "page, one client at a time ($store)" "demo ms" "large ms" "ratio"
  for page in meeting7 json7 secretariat7 register body; do
    case $page in
      meeting7) label="seventh meeting, anonymous (cache off)";; json7) label="its JSON (cache off)";;
      secretariat7) label="seventh meeting, signed-in Secretariat";; register) label="document register (first page)";;
      body) label="body page";;
    esac
    awk -v l="$label" -v a="${median[$page-demo]}" -v b="${median[$page-large]}" -v ta="${tail[$page-demo]}" -v tb="${tail[$page-large]}" \
      'BEGIN { printf "%-52s %12s %12s %8.2f\n", l, a " (p99 " ta ")", b " (p99 " tb ")", b / a }'
  done
done
