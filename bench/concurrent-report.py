#!/usr/bin/env python3
"""Figures of bench/concurrent.sh.

  concurrent-report.py phase RESULTS NAME CLK_TCK   one run's figures, appended to RESULTS/results.csv
  concurrent-report.py summary RESULTS              the table per level and the issue's targets
  concurrent-report.py profile RESULTS SAMPLES      where a JFR profile's execution samples go
  concurrent-report.py acknowledged REQUESTS SINCE  SQL comparing acknowledged custody saves with the database
  concurrent-report.py timeline RESULTS NAME        answers per second around a fault
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

COLUMNS = ["level", "phase", "type", "answered", "ok", "conflicts", "errors", "unavailable_503", "socket_errors", "timeouts",
           "in_flight", "seconds", "ok_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms", "throughput_vs_static",
           "p50_vs_static", "cpu_app_s", "cpu_db_s", "cpu_ms_per_request", "settle_s", "load1"]
TIMEOUT_MS = float(os.environ.get("BENCH_TIMEOUT", "5")) * 1000


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def cpu_seconds(path_before, path_after, ticks, app_pids):
    def read(path):
        rows = {}
        for line in open(path):
            parts = line.split()
            if len(parts) == 2:
                rows[parts[0]] = int(parts[1])
        return rows
    before, after = read(path_before), read(path_after)
    app = db = 0
    for pid, value in after.items():
        delta = value - before.get(pid, 0)
        if pid in app_pids:
            app += delta
        else:
            db += delta
    return app / ticks, db / ticks


def phase(results, name, ticks):
    raw = f"{results}/raw/{name}"
    level, phase_name, settle, load1 = open(f"{raw}.meta").read().split()
    seconds = None
    by_type = defaultdict(lambda: {"answered": 0, "ok": 0, "conflicts": 0, "errors": 0, "unavailable_503": 0,
                                   "socket_errors": 0, "timeouts": 0, "in_flight": 0, "latencies": []})
    if os.path.exists(f"{raw}.requests"):
        for line in open(f"{raw}.requests"):
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "#duration_us":
                seconds = int(parts[1]) / 1e6
            if parts[0].startswith("#"):
                continue
            kind, status, micros = parts[0], parts[1], int(parts[2])
            row = by_type[kind]
            ms = micros / 1000
            if status == "socket":
                row["socket_errors"] += 1
            elif status == "unanswered":
                row["timeouts"] += 1
            elif status == "inflight":
                row["in_flight"] += 1
            else:
                code = int(status)
                row["answered"] += 1
                row["latencies"].append(ms)
                if ms > TIMEOUT_MS:
                    row["timeouts"] += 1
                if 200 <= code < 300:
                    row["ok"] += 1
                elif code == 409:
                    row["conflicts"] += 1
                else:
                    row["errors"] += 1
                    row["unavailable_503"] += code == 503
    if seconds is None:
        print(f"  {level} {phase_name}: wrk gave no figures:\n" + open(f"{raw}.wrk").read()[-2000:])
        return
    app_pids = set()
    with open(f"{results}/raw/app-pids") as f:
        app_pids = set(f.read().split())
    app_cpu, db_cpu = cpu_seconds(f"{raw}.cpu-before", f"{raw}.cpu-after", ticks, app_pids)
    static = static_of(results, level)
    rows = []
    total = {"answered": 0, "ok": 0, "conflicts": 0, "errors": 0, "unavailable_503": 0, "socket_errors": 0,
             "timeouts": 0, "in_flight": 0, "latencies": []}
    for kind in sorted(by_type):
        for key in total:
            total[key] += by_type[kind][key]
    entries = sorted(by_type.items())
    if len(entries) > 1:
        entries.append(("all", total))
    for kind, row in entries:
        lat = row["latencies"]
        ok_per_s = row["ok"] / seconds
        p50 = percentile(lat, 50)
        out = {"level": level, "phase": phase_name, "type": kind, "seconds": f"{seconds:.1f}",
               "ok_per_s": f"{ok_per_s:.1f}", "settle_s": settle, "load1": load1}
        for key in ("answered", "ok", "conflicts", "errors", "unavailable_503", "socket_errors", "timeouts", "in_flight"):
            out[key] = row[key]
        for p in (50, 95, 99):
            value = percentile(lat, p)
            out[f"p{p}_ms"] = "" if value is None else f"{value:.1f}"
        out["max_ms"] = f"{max(lat):.1f}" if lat else ""
        if static and kind != "static":
            out["throughput_vs_static"] = f"{ok_per_s / static[0]:.4f}" if static[0] else ""
            out["p50_vs_static"] = f"{p50 / static[1]:.1f}" if p50 is not None and static[1] else ""
        if kind == "all" or len(entries) == 1:
            out["cpu_app_s"] = f"{app_cpu:.2f}"
            out["cpu_db_s"] = f"{db_cpu:.2f}"
            answered = row["answered"]
            out["cpu_ms_per_request"] = f"{(app_cpu + db_cpu) * 1000 / answered:.2f}" if answered else ""
        rows.append(out)
    path = f"{results}/results.csv"
    new = not os.path.exists(path)
    with open(path, "a", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        if new:
            writer.writeheader()
        writer.writerows(rows)
    print_rows(rows)


def static_of(results, level):
    path = f"{results}/results.csv"
    if not os.path.exists(path):
        return None
    for row in csv.DictReader(open(path)):
        if row["level"] == level and row["phase"] == "static" and row["type"] == "static" and row["p50_ms"]:
            return float(row["ok_per_s"]), float(row["p50_ms"])
    return None


def print_rows(rows):
    for r in rows:
        cpu = f"  cpu {r['cpu_ms_per_request']} ms/req (app {r['cpu_app_s']} s + db {r['cpu_db_s']} s)" \
            if r.get("cpu_ms_per_request") else ""
        ratio = f"  vs static: {r['throughput_vs_static']}x throughput, {r['p50_vs_static']}x p50" \
            if r.get("throughput_vs_static") else ""
        print(f"  {r['level']:>3} {r['phase']:<9} {r['type']:<16} {r['ok_per_s']:>7}/s ok  "
              f"p50 {r['p50_ms'] or '-':>7}  p95 {r['p95_ms'] or '-':>7}  p99 {r['p99_ms'] or '-':>7} ms  "
              f"errors {r['errors']} (503: {r['unavailable_503']}) socket {r['socket_errors']} "
              f"timeouts {r['timeouts']} 409 {r['conflicts']}"
              f"{ratio}{cpu}")


def summary(results):
    rows = [r for r in csv.DictReader(open(f"{results}/results.csv")) if not r["phase"].startswith("warmup")]
    heap = {}
    if os.path.exists(f"{results}/raw/heap-pool.txt"):
        for line in open(f"{results}/raw/heap-pool.txt"):
            level, rest = line.split(" ", 1)
            heap[level] = rest.strip()
    print("level phase     type                ok/s   p50 ms   p95 ms   p99 ms  errors (503) socket timeouts  409"
          "  thr/static p50/static  cpu ms/req  settle s load1")
    for r in rows:
        print(f"{r['level']:>5} {r['phase']:<9} {r['type']:<16} {r['ok_per_s']:>8} {r['p50_ms'] or '-':>8} "
              f"{r['p95_ms'] or '-':>8} {r['p99_ms'] or '-':>8} {r['errors']:>7} {r['unavailable_503']:>6} "
              f"{r['socket_errors']:>6} "
              f"{r['timeouts']:>8} {r['conflicts']:>4} {r['throughput_vs_static'] or '-':>11} "
              f"{r['p50_vs_static'] or '-':>10} {r['cpu_ms_per_request'] or '-':>11} {r['settle_s']:>8} {r['load1']:>5}")
    print()
    for level, text in heap.items():
        print(f"after {level} users: heap used (MB per node) and pool connection timeouts so far: {text}")
    print()
    mix = {r["level"]: r for r in rows if r["phase"] == "mix" and r["type"] == "all"}
    print("Targets (issue 9):")
    if "128" in mix:
        r = mix["128"]
        print(f"  128 users, mix: errors {int(r['errors']) + int(r['socket_errors'])}, timeouts {r['timeouts']}"
              f" (target: 0 and 0)")
    if "1" in mix and "32" in mix and float(mix["1"]["ok_per_s"]):
        print(f"  mix throughput 32 users / 1 user: {float(mix['32']['ok_per_s']) / float(mix['1']['ok_per_s']):.2f}"
              f" (target >= 1.8)")
    for phase_name, target in (("api", 4), ("caseload", 10)):
        figures = ", ".join(f"{r['level']} users {r['cpu_ms_per_request'] or '-'}" for r in rows
                            if r["phase"] == phase_name)
        print(f"  CPU per request, {phase_name} alone (ms, app + PostgreSQL): {figures} (target <= {target})")
    if heap:
        print(f"  heap used after each level (MB): "
              f"{', '.join(f'{k} users {v.split(chr(124))[0].strip()}' for k, v in heap.items())} (target < 512)")


# Where a sample's time goes. Each sample is charged to one component: the innermost frame (nearest the
# leaf) that belongs to one of these, so that the JDBC driver, the pool and the JDK's collections count for
# the component that called them. JFR keeps the 64 innermost frames, so the outer filters of deep stacks are
# cut off: charging inner frames first is what makes the figures sound.
COMPONENTS = [
    ("audit log writes", r"^org\.throughcare\.audit\."),
    ("access gate: facts and decision", r"^org\.throughcare\.group\.(AccessPolicy|internal\.)"),
    ("user names (identity)", r"^org\.throughcare\.identity\."),
    ("client read model and controller", r"^org\.throughcare\.client\."),
    ("other Throughcare code", r"^org\.throughcare\."),
    ("templates (Thymeleaf)", r"^org\.thymeleaf\."),
    ("JSON (Jackson)", r"^(tools|com\.fasterxml)\.jackson\."),
    ("HTTP session (Spring Session JDBC)", r"^org\.springframework\.session\."),
    ("Spring Security", r"^org\.springframework\.security\."),
    ("metrics and observation (Micrometer)", r"^io\.micrometer\."),
    ("transactions (Spring)", r"^org\.springframework\.(transaction|jdbc\.datasource)\."),
    ("Spring MVC", r"^org\.springframework\.web\."),
    ("Tomcat", r"^org\.apache\.(catalina|coyote|tomcat)\."),
]
# Inclusive: a sample counts for every one of these it passes through.
LIBRARIES = [
    ("PostgreSQL JDBC driver", r"^org\.postgresql\."),
    ("connection pool (HikariCP)", r"^com\.zaxxer\.hikari\."),
    ("Java serialization (session attributes)", r"^java\.io\.Object(Input|Output)Stream\."),
    ("SHA-256 (audit hash chain)", r"^(sun\.security\.provider\.(SHA|Digest)|java\.security\.MessageDigest)"),
]


def profile(results, samples_path):
    stacks = []
    current = None
    for line in open(samples_path):
        text = line.strip()
        if text.startswith("stackTrace = ["):
            current = []
        elif current is not None and text.startswith("]"):
            stacks.append(current)
            current = None
        elif current is not None and text and text != "...":
            current.append(text.split("(")[0])
    if not stacks:
        print("no execution samples")
        return
    n = len(stacks)
    print(f"JFR execution samples: {n} (Java threads on a CPU; GC and JIT threads are not sampled)")
    print("\nBy component (each sample charged to the innermost component on its stack):")
    compiled = [(label, re.compile(pattern)) for label, pattern in COMPONENTS]
    charged = Counter()
    for s in stacks:
        label = next((label for f in s for label, regex in compiled if regex.match(f)), "other (JDK, JVM, Spring core)")
        charged[label] += 1
    for label, count in charged.most_common():
        print(f"  {100 * count / n:5.1f}%  {label}")
    print("\nInside those, by library (a sample counts for each it passes through):")
    for label, pattern in LIBRARIES:
        regex = re.compile(pattern)
        count = sum(1 for s in stacks if any(regex.match(f) for f in s))
        print(f"  {100 * count / n:5.1f}%  {label}")
    print("\nTop frames (self) by package:")
    packages = Counter(".".join(s[0].split(".")[:-2][:4]) for s in stacks if s)
    for package, count in packages.most_common(12):
        print(f"  {100 * count / n:5.1f}%  {package}")
    print("\nOur own code on the stack (inclusive), by method:")
    ours = Counter()
    for s in stacks:
        for f in set(f for f in s if f.startswith("org.throughcare.") and "$$SpringCGLIB$$" not in f):
            ours[f] += 1
    for method, count in ours.most_common(15):
        print(f"  {100 * count / n:5.1f}%  {method}")


def acknowledged(requests_path, since):
    """SQL that compares the saves the load saw acknowledged with the database and the audit log."""
    saves = []
    for line in open(requests_path):
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "custody-save" and parts[1] == "200" and len(parts) > 4 and ":" in parts[4]:
            client, version = parts[4].split(":")
            if version.isdigit():
                saves.append((client, int(version)))
    if not saves:
        print("select 'no acknowledged custody save' as result;")
        return
    values = ",\n  ".join(f"('{c}'::uuid, {v})" for c, v in saves)
    print(f"""with ack (client, version) as (values
  {values}),
acknowledged as (select client, max(version) as version, count(*) as saves from ack group by client),
audited as (select subject_id, count(*) as entries from audit_entry
            where action = 'CUSTODY_RECORDED' and occurred_at >= '{since}' group by subject_id)
select (select count(*) from ack) as "acknowledged saves",
       count(*) filter (where c.version < a.version) as "clients whose acknowledged version is missing",
       coalesce(sum(greatest(a.saves - coalesce(d.entries, 0), 0)), 0) as "acknowledged saves without audit entry"
from acknowledged a
join client c on c.id = a.client
left join audited d on d.subject_id = a.client::text;""")


def timeline(results, name):
    """Answers per second around the fault: ok, 503, other errors, socket errors."""
    raw = f"{results}/raw/{name}"
    events = []
    if os.path.exists(f"{raw}.events"):
        events = [(line.split()[0], float(line.split()[1])) for line in open(f"{raw}.events")]
    seconds = defaultdict(Counter)
    for line in open(f"{raw}.requests"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("#") or len(parts) < 4:
            continue
        status = parts[1]
        outcome = ("ok" if status.isdigit() and 200 <= int(status) < 300 else "409" if status == "409"
                   else "503" if status == "503" else status if not status.isdigit() else "other error")
        seconds[int(int(parts[3]) / 1e6)][outcome] += 1
    if not seconds:
        print("no answers")
        return
    marks = {int(t): e for e, t in events}
    print("second  ok  409  503  other-error  socket  (answers per second of the monotonic clock)")
    for second in range(min(seconds), max(seconds) + 1):
        c = seconds[second]
        print(f"{second:>6} {c['ok']:>4} {c['409']:>4} {c['503']:>4} {c['other error']:>12} {c['socket']:>7}"
              f"  {marks.get(second, '')}")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "phase":
        phase(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif command == "summary":
        summary(sys.argv[2])
    elif command == "profile":
        profile(sys.argv[2], sys.argv[3])
    elif command == "acknowledged":
        acknowledged(sys.argv[2], sys.argv[3])
    elif command == "timeline":
        timeline(sys.argv[2], sys.argv[3])
