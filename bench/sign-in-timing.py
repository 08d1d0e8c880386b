"""Sign-in timing: does the time of a refused sign-in tell whether the account exists?

Start the web app with the demo and a high sign-in limit, then run this against it:

    dotnet run -c Release --project src/Plenary.Web -- --demo --urls http://127.0.0.1:5077 \
        --ConnectionStrings:Plenary="Data Source=/tmp/timing.db" --Plenary:SignInAttemptsPerMinute=100000
    python3 bench/sign-in-timing.py http://127.0.0.1:5077

It signs in with wrong passwords as the six demo accounts (four rounds, which locks them) and as
unknown accounts, then again while the demo accounts are locked, and prints the median and spread
of each kind of refusal. The three medians should be the same.
"""
import sys, time, re, urllib.request, urllib.parse, http.cookiejar, statistics
base = sys.argv[1]
def client():
    jar = http.cookiejar.CookieJar()
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    return op
def attempt(op, email, password):
    html = op.open(base + "/account/sign-in").read().decode()
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"Email": email, "Password": password, "__RequestVerificationToken": token}).encode()
    t = time.perf_counter()
    try:
        r = op.open(base + "/account/sign-in", data); r.read(); code = r.status
    except urllib.error.HTTPError as e:
        code = e.code
    return (time.perf_counter() - t) * 1000, code
op = client()
known = ["admin", "secretariat", "chair", "bureau", "delegate", "stakeholder"]
unknown_t, known_t, locked_t = [], [], []
for round in range(4):
    for k in known:
        known_t.append(attempt(op, f"{k}@plenary.demo", "wrong password here")[0])
        unknown_t.append(attempt(op, f"nobody{round}{k}@plenary.demo", "wrong password here")[0])
# all six are now locked
for round in range(4):
    for k in known:
        locked_t.append(attempt(op, f"{k}@plenary.demo", "wrong password here")[0])
        unknown_t.append(attempt(op, f"nobody-late{round}{k}@plenary.demo", "wrong password here")[0])
f = lambda xs: f"median {statistics.median(xs):.1f} ms (p10 {sorted(xs)[len(xs)//10]:.1f}, p90 {sorted(xs)[len(xs)*9//10]:.1f}, n={len(xs)})"
print("unknown account:          ", f(unknown_t))
print("known account, wrong pwd: ", f(known_t))
print("known account, locked:    ", f(locked_t))
