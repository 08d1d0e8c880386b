#!/usr/bin/env bash
# Two Plenary instances behind Debian's nginx on one PostgreSQL database, on this machine: the
# deployment docs/deploy.md describes, made small enough to try and to test.
#
#   deploy/two-instances.sh up       publish (or take) the app, create and migrate the database once,
#                                    load the demo record, start instance a, then b, then nginx
#   deploy/two-instances.sh status   each instance's health, directly and through nginx
#   deploy/two-instances.sh down     stop nginx and both instances (by the process ids `up` recorded)
#   deploy/two-instances.sh down --drop   ... and drop the database
#
# Settings (environment):
#   PLENARY_DEPLOY_DIR       where the config, logs and process ids go (default /tmp/plenary-two-instances)
#   PLENARY_DEPLOY_PORT      nginx's port (default 8080); PORT+1 and PORT+2 reach instance a and b
#                            through nginx; the instances listen on 127.0.0.1:PORT+11 and PORT+12
#   PLENARY_DEPLOY_DATABASE  the database (default plenary_two_instances); created if missing,
#                            dropped and created again with `up --fresh`
#   PGHOST PGPORT PGUSER PGPASSWORD   the PostgreSQL server and a role that may create databases
#                            (default 127.0.0.1, 5432, plenary, plenary)
#   PLENARY_DEPLOY_APP, PLENARY_DEPLOY_CLI   folders holding a built Plenary.Web.dll and plenary.dll;
#                            without them `up` publishes both (Release) into the deploy folder
#   PLENARY_DEPLOY_PASSWORD  if set, the demo account secretariat@plenary.demo gets this password
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${PLENARY_DEPLOY_DIR:-/tmp/plenary-two-instances}
port=${PLENARY_DEPLOY_PORT:-8080}
database=${PLENARY_DEPLOY_DATABASE:-plenary_two_instances}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-plenary} PGPASSWORD=${PGPASSWORD:-plenary}
instances=(a b)
declare -A backend=([a]=$((port + 11)) [b]=$((port + 12)))
declare -A pinned=([a]=$((port + 1)) [b]=$((port + 2)))
connection="Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD"

say() { printf '%s\n' "$*"; }
fail() { printf 'two-instances: %s\n' "$*" >&2; exit 1; }
nginx_bin() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || fail "nginx is missing: apt-get install nginx"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
healthy() { curl -fs -o /dev/null --max-time 5 "$1/health"; }

wait_healthy() { # URL SECONDS LOG
  for _ in $(seq 1 "$2"); do healthy "$1" && return 0; sleep 1; done
  say "--- last lines of $3 ---" >&2; tail -n 30 "$3" >&2 || true
  fail "$1/health did not answer 200 within $2 s"
}

psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d "${PLENARY_DEPLOY_MAINTENANCE_DB:-postgres}" "$@"; }

publish() {
  if [ -n "${PLENARY_DEPLOY_APP:-}" ] && [ -n "${PLENARY_DEPLOY_CLI:-}" ]; then
    app=$PLENARY_DEPLOY_APP cli=$PLENARY_DEPLOY_CLI
  else
    say "Publishing the web app and the command line (Release) into $dir ..."
    dotnet publish "$repo/src/Plenary.Web" -c Release -o "$dir/app" -v quiet -nologo >"$dir/logs/publish.log" 2>&1 \
      || { tail -n 30 "$dir/logs/publish.log" >&2; fail "publishing the web app failed"; }
    dotnet publish "$repo/src/Plenary.Cli" -c Release -r linux-x64 --self-contained false -o "$dir/cli" -v quiet -nologo >>"$dir/logs/publish.log" 2>&1 \
      || { tail -n 30 "$dir/logs/publish.log" >&2; fail "publishing the command line failed"; }
    app=$dir/app cli=$dir/cli
  fi
  [ -f "$app/Plenary.Web.dll" ] || fail "no Plenary.Web.dll in $app"
  [ -f "$cli/plenary.dll" ] || fail "no plenary.dll in $cli"
  # A published app carries its wwwroot; a build output does not, so its project folder is the content root.
  if [ -d "$app/wwwroot" ]; then content=$app; else content=$repo/src/Plenary.Web; fi
}

plenary() {
  Database__Provider=PostgreSQL ConnectionStrings__Plenary="$connection" dotnet "$cli/plenary.dll" "$@"
}

write_nginx_conf() {
  local upstreams="" servers=""
  for i in "${instances[@]}"; do
    upstreams+="  upstream plenary_$i { server 127.0.0.1:${backend[$i]}; keepalive 16; }"$'\n'
    servers+="  server { listen 127.0.0.1:${pinned[$i]}; location / { proxy_pass http://plenary_$i; } }"$'\n'
  done
  cat >"$dir/nginx.conf" <<EOF
# Written by deploy/two-instances.sh; see docs/deploy.md for a production configuration with TLS.
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/logs/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time upstream=\$upstream_addr';
  access_log $dir/logs/nginx-access.log upstream buffer=64k flush=1s;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  client_max_body_size 30m;

  # Every request to the app: HTTP/1.1 with kept-alive connections, the client's address and scheme
  # forwarded, and the instance that answered named in the response (for the test and for logs).
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host \$host:\$server_port;
  proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto \$scheme;
  proxy_set_header X-Forwarded-Host \$host:\$server_port;
  proxy_read_timeout 1h;   # live views (Server-Sent Events) stay open
  add_header X-Plenary-Upstream \$upstream_addr always;

  upstream plenary {
    server 127.0.0.1:${backend[a]};
    server 127.0.0.1:${backend[b]};
    keepalive 32;
  }
$upstreams
  # The site: requests go to either instance in turn.
  server { listen 127.0.0.1:$port; location / { proxy_pass http://plenary; } }
  # One instance each, through the same proxy (to show that what one does the other sees).
$servers}
EOF
}

up() {
  local fresh=0
  [ "${1:-}" = "--fresh" ] && fresh=1
  local nginx; nginx=$(nginx_bin)
  command -v psql >/dev/null || fail "psql is missing: apt-get install postgresql-client"
  command -v curl >/dev/null || fail "curl is missing: apt-get install curl"
  for i in "${instances[@]}"; do alive "$dir/$i.pid" && fail "instance $i is already running (pid $(cat "$dir/$i.pid")); run '$0 down' first"; done
  alive "$dir/nginx.pid" && fail "nginx is already running for $dir; run '$0 down' first"
  mkdir -p "$dir/logs" "$dir/tmp"
  publish

  # One database, created once; the schema migrated once, by the command line, before any instance starts.
  if [ $fresh = 1 ]; then psql_admin -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"; fi
  if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    psql_admin -c "CREATE DATABASE \"$database\""
    say "Created the database $database on $PGHOST:$PGPORT."
  fi
  plenary db migrate | tee "$dir/logs/migrate.log"
  plenary demo >"$dir/logs/demo.log"
  if [ -n "${PLENARY_DEPLOY_PASSWORD:-}" ]; then
    plenary users password --email secretariat@plenary.demo --password "$PLENARY_DEPLOY_PASSWORD" >/dev/null
  fi

  # The instances: one after the other, so that the first makes the data-protection key ring that
  # both then share through the store. Neither migrates nor loads anything.
  for i in "${instances[@]}"; do
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=PostgreSQL ConnectionStrings__Plenary="$connection" \
    Plenary__LoadDemo=false Plenary__Proxy__KnownProxies__0=127.0.0.1 \
    setsid dotnet "$app/Plenary.Web.dll" --urls "http://127.0.0.1:${backend[$i]}" --contentRoot "$content" \
      </dev/null >"$dir/logs/$i.log" 2>&1 &
    echo $! >"$dir/$i.pid"
    wait_healthy "http://127.0.0.1:${backend[$i]}" 180 "$dir/logs/$i.log"
    say "Instance $i: http://127.0.0.1:${backend[$i]} (pid $(cat "$dir/$i.pid"), log $dir/logs/$i.log)"
  done

  write_nginx_conf
  "$nginx" -p "$dir" -c "$dir/nginx.conf" -t -q 2>"$dir/logs/nginx-test.log" || { cat "$dir/logs/nginx-test.log" >&2; fail "nginx refused its configuration"; }
  "$nginx" -p "$dir" -c "$dir/nginx.conf" 2>>"$dir/logs/nginx-error.log"
  wait_healthy "http://127.0.0.1:$port" 30 "$dir/logs/nginx-error.log"
  say "nginx: http://127.0.0.1:$port (either instance), http://127.0.0.1:${pinned[a]} (a), http://127.0.0.1:${pinned[b]} (b)"
  [ -n "${PLENARY_DEPLOY_PASSWORD:-}" ] || grep -E "password" "$dir/logs/demo.log" || true
  say "Stop with: PLENARY_DEPLOY_DIR=$dir $0 down"
}

stop_pid() { # FILE NAME
  alive "$1" || { rm -f "$1"; return 0; }
  local pid; pid=$(cat "$1")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$1"
  say "Stopped $2 (pid $pid)."
}

down() {
  stop_pid "$dir/nginx.pid" nginx
  for i in "${instances[@]}"; do stop_pid "$dir/$i.pid" "instance $i"; done
  if [ "${1:-}" = "--drop" ]; then psql_admin -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"; say "Dropped the database $database."; fi
}

status() {
  local code=0
  for i in "${instances[@]}"; do
    if healthy "http://127.0.0.1:${backend[$i]}"; then say "instance $i: healthy (127.0.0.1:${backend[$i]})"; else say "instance $i: not answering"; code=1; fi
    if healthy "http://127.0.0.1:${pinned[$i]}"; then say "  through nginx: healthy (127.0.0.1:${pinned[$i]})"; else say "  through nginx: not answering"; code=1; fi
  done
  return $code
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) shift; down "$@" ;;
  status) status ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
