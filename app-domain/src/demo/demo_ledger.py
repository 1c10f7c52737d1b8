#!/usr/bin/env python3
"""Writes db/demo/V1002__demo_ledger.sql: the demo university's actuals for January-October 2026.

One UBW load (as the nightly run would leave it) with ledger lines for every department, activity
and account that has figures in Budget 2026 (round 7000, read from V1001__demo_plans.sql), each
month's actual near the budget's month, a few clearly over or under budget so that the follow-up
page has something to show. Every voucher balances against the bank (1930) or supplier debts
(2440). Deterministic (a fixed seed), so the file only changes when this script does. Run from the
repository root:  python3 app-domain/src/demo/demo_ledger.py
"""
import hashlib
import random
import re
from collections import defaultdict
from datetime import date

PLANS = "app-domain/src/main/resources/db/demo/V1001__demo_plans.sql"
OUT = "app-domain/src/main/resources/db/demo/V1002__demo_ledger.sql"
rng = random.Random(2026)

LOAD_ID = 9000
SOURCE = "ubw"
MONTHS = range(1, 11)  # January-October 2026 are booked; today is November 2026
BUDGET_PLANS = range(7100, 7110)  # Budget 2026's plans, departments 100-109

DEPARTMENTS = {100: "NT-FYS", 101: "NT-KEM", 102: "NT-DAT", 103: "NT-MAT", 104: "HS-HIS", 105: "HS-PSY",
               106: "HS-FEK", 107: "UF-EKO", 108: "UF-IT", 109: "UF-HR"}
# activity id -> code, as in V1000__demo_university.sql; the activity type is the code's last part
ACTIVITIES = {1000: "NT-FYS-10", 1001: "NT-FYS-11", 1002: "NT-FYS-30", 1003: "NT-FYS-31", 1004: "NT-KEM-10",
              1005: "NT-KEM-30", 1006: "NT-KEM-31", 1007: "NT-DAT-10", 1008: "NT-DAT-12", 1009: "NT-DAT-30",
              1010: "NT-DAT-90", 1011: "NT-MAT-10", 1012: "NT-MAT-30", 1013: "NT-MAT-90", 1014: "HS-HIS-10",
              1015: "HS-HIS-30", 1016: "HS-HIS-90", 1017: "HS-PSY-10", 1018: "HS-PSY-11", 1019: "HS-PSY-30",
              1020: "HS-FEK-10", 1021: "HS-FEK-11", 1022: "HS-FEK-30", 1023: "UF-EKO-90", 1024: "UF-EKO-91",
              1025: "UF-EKO-92", 1026: "UF-IT-90", 1027: "UF-IT-91", 1028: "UF-IT-92", 1029: "UF-HR-90",
              1030: "UF-HR-91", 1031: "UF-HR-92"}
ACTIVITY_TYPES = {"10": "Grundutbildning", "11": "Uppdragsutbildning", "12": "Utbildning på avancerad nivå",
                  "30": "Forskning", "31": "Forskning extern finansiering", "90": "Gemensamt",
                  "91": "Stödverksamhet", "92": "Stödverksamhet övrigt"}
ACCOUNTS = {  # id -> (number, name, type) as in V1000, plus the two balance accounts vouchers balance against
    2000: ("3011", "Anslag för utbildning på grundnivå och avancerad nivå", "REVENUE"),
    2001: ("3012", "Anslag för forskning och utbildning på forskarnivå", "REVENUE"),
    2002: ("3110", "Intäkter av uppdragsutbildning", "REVENUE"),
    2003: ("3120", "Intäkter av uppdragsforskning", "REVENUE"),
    2004: ("3510", "Bidrag från statliga myndigheter", "REVENUE"),
    2005: ("3520", "Bidrag från EU", "REVENUE"),
    2006: ("3530", "Bidrag från privata finansiärer", "REVENUE"),
    2007: ("3810", "Finansiella intäkter", "REVENUE"),
    2008: ("4011", "Löner lärare och forskare", "COST"),
    2009: ("4012", "Löner teknisk och administrativ personal", "COST"),
    2010: ("4110", "Lönekostnadspålägg", "COST"),
    2011: ("4510", "Övriga personalkostnader", "COST"),
    2012: ("5011", "Lokalhyror", "COST"),
    2013: ("5510", "Resor och konferenser", "COST"),
    2014: ("5610", "Konsulttjänster", "COST"),
    2015: ("5710", "Förbrukningsmaterial", "COST"),
    2016: ("5810", "IT-tjänster och licenser", "COST"),
    2017: ("6011", "Finansiella kostnader", "COST"),
    2018: ("6311", "Avskrivningar inventarier", "COST"),
    2019: ("7511", "Indirekta kostnader (OH)", "COST"),
}
BALANCE_ACCOUNTS = [("1930", "Bank", "ASSET"), ("2440", "Leverantörsskulder", "LIABILITY")]
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december"]
# What the lines of each account say, and how many lines a month's amount is split into.
TEXTS = {
    "3011": (["Anslag utbildning {m}"], 1), "3012": (["Anslag forskning {m}"], 1),
    "3110": (["Faktura uppdragsutbildning kurs {n}", "Kursavgift uppdrag {n}"], 1),
    "3120": (["Faktura uppdragsforskning {n}"], 1),
    "3510": (["Bidrag statlig forskningsfinansiär {m}", "Rekvirerat bidrag {m}"], 1),
    "3520": (["Bidrag EU-projekt {m}"], 1), "3530": (["Bidrag stiftelse {m}", "Bidrag privat finansiär {m}"], 1),
    "4011": (["Lön lärare och forskare {m}"], 1), "4012": (["Lön TA-personal {m}"], 1),
    "4110": (["Lönekostnadspålägg {m}"], 1),
    "5011": (["Lokalhyra {m}", "Hyra undervisningslokaler {m}"], 1),
    "5510": (["Resa konferens Umeå", "Tågresa Stockholm", "Konferensavgift", "Hotell och logi", "Flyg Göteborg",
              "Resa fältarbete"], 3),
    "5610": (["Konsultarvode {m}", "Konsulttjänst utredning"], 2),
    "5710": (["Förbrukningsmaterial labb", "Kontorsmaterial", "Kemikalier", "Kurslitteratur"], 2),
    "5810": (["Licenser programvara", "Molntjänst {m}", "IT-support avtal"], 2),
    "7511": (["OH-påslag {m}"], 1),
}
# (department, account) -> how far off the budget the year runs, so that the colours show
OFF_BUDGET = {(100, "5510"): 1.32, (108, "5610"): 1.45, (105, "3011"): 0.86, (102, "5710"): 1.22,
              (107, "5810"): 1.18, (104, "4011"): 1.07}


def java_hash(text):
    """Java's String.hashCode(), which ledger_entry.account_hash holds (see V6__LedgerEntryIndexes)."""
    h = 0
    for c in text:
        h = (31 * h + ord(c)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def budget_cells():
    """(department, activity, account number) -> twelve months in kronor, from Budget 2026."""
    plan_department = {7100 + i: 100 + i for i in range(10)}
    cells = defaultdict(lambda: [0] * 12)
    row = re.compile(r"^\((\d+), (\d+), (\d+), (\d+), (\d+), (-?\d+)\)[,;]$")
    with open(PLANS, encoding="utf-8") as f:
        for line in f:
            m = row.match(line.strip())
            if not m:
                continue
            _, plan, act, acc, period, amount = map(int, m.groups())
            if plan in BUDGET_PLANS:
                cells[(plan_department[plan], act, ACCOUNTS[acc][0])][period - 1] = amount
    return cells


def split(total, parts):
    """A month's amount in öre split into uneven parts that add up exactly."""
    if parts == 1 or abs(total) < 100_000:
        return [total]
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    s = sum(weights)
    out = [int(total * w / s) for w in weights]
    out[0] += total - sum(out)
    return out


def main():
    budget = budget_cells()
    kinds = {number: kind for number, _, kind in ACCOUNTS.values()}
    entries = []  # (period, account, unit, activity, cost centre, project, type, funder, counterpart, voucher, day, amount, text)
    vouchers = defaultdict(list)  # (department, month, series) -> lines
    for (dept, act, number), months in sorted(budget.items()):
        factor = OFF_BUDGET.get((dept, number), rng.uniform(0.95, 1.05))
        for month in MONTHS:
            planned = months[month - 1]
            if planned == 0:
                continue
            kronor = planned * factor * rng.uniform(0.97, 1.03)
            ore = int(round(kronor * 100))
            ore = ore - ore % 100 if number.startswith(("30", "40", "41", "50", "75")) else ore
            series = "LON" if number.startswith("4") else "ANS" if number.startswith("30") else \
                "KUN" if kinds[number] == "REVENUE" else "LEV"
            texts, parts = TEXTS[number]
            for part in split(ore, parts):
                text = rng.choice(texts).format(m=MONTH_NAMES[month - 1], n=rng.randint(100, 999))
                amount = -part if kinds[number] == "REVENUE" else part
                vouchers[(dept, month, series)].append((number, act, amount, text))
    # costs that nobody tied to an activity: shown as "not tied to an activity"
    for dept in DEPARTMENTS:
        for month in rng.sample(list(MONTHS), 2):
            vouchers[(dept, month, "LEV")].append(("5710", None, rng.randint(2_000, 18_000) * 100,
                                                   "Förbrukningsmaterial utan verksamhet"))

    row_key = 1
    counter = defaultdict(int)
    for (dept, month, series), lines in sorted(vouchers.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2])):
        counter[series] += 1
        voucher = "%s-2026-%05d" % (series, counter[series] + {"LON": 0, "ANS": 0, "KUN": 20000, "LEV": 40000}[series])
        day = date(2026, month, {"LON": 25, "ANS": 5, "KUN": 15, "LEV": rng.randint(3, 27)}[series])
        code = DEPARTMENTS[dept]
        total = 0
        for number, act, amount, text in lines:
            kind = ACTIVITIES[act].rsplit("-", 1)[1] if act else None
            project = ("P%d%02d" % (act, 26)) if kind in ("30", "31") else None
            funder = {"3510": "STAT", "3520": "EU", "3530": "PRIV"}.get(number)
            counterpart = "STAT" if number in ("3011", "3012", "3510") else "INT" if number == "7511" else "EXT"
            entries.append((row_key, 202600 + month, number, dept, act, code, project, kind, funder, counterpart,
                            voucher, day, amount, text))
            row_key += 1
            total += amount
        balance = "2440" if series == "LEV" else "1930"
        text = {"LON": "Löneutbetalning", "ANS": "Anslagsavräkning", "KUN": "Inbetalning kund",
                "LEV": "Leverantörsskuld"}[series]
        entries.append((row_key, 202600 + month, balance, None, None, None, None, None, None, None,
                        voucher, day, -total, text))
        row_key += 1

    out = ["-- The demo university's actuals for January-October 2026: one UBW load of the general ledger.",
           "-- Generated by app-domain/src/demo/demo_ledger.py from Budget 2026 in V1001; edit the script,",
           "-- not this file. Every figure and text is invented.", ""]
    sha = hashlib.sha256(("demo-ledger-%d" % len(entries)).encode()).hexdigest()
    out.append("INSERT INTO ledger_load (id, version, source, file_name, file_sha256, file_size, format, content,"
               " encoding, mode, origin, started_by, started_at, finished_at, status, lines_read, rows_loaded,"
               " rows_refused, rows_skipped, problem_count, tolerance, first_period, last_period, reconciliation,"
               " reconciliation_detail, message_key, message_value, undone_at, undone_by) VALUES")
    out.append("(%d, 1, '%s', 'demo-agltransact-2026.csv', '%s', %d, 'UBW agltransact CSV', 'TRANSACTIONS', 'UTF-8', 'REPLACE',"
               " 'DEMO', 'system', TIMESTAMP '2026-11-02 02:00:00', TIMESTAMP '2026-11-02 02:00:04', 'LOADED', %d, %d,"
               " 0, 0, 0, 0, 202601, 202610, 'AGREES', 'Summan per period och konto stämmer med filen', NULL, NULL,"
               " NULL, NULL);\n" % (LOAD_ID, SOURCE, sha, len(entries) * 140, len(entries) + 1, len(entries)))

    out.append("INSERT INTO ledger_account (source, number, name, type, active) VALUES")
    accounts = [(n, name, t) for n, name, t in ACCOUNTS.values()] + BALANCE_ACCOUNTS
    out.append(",\n".join("('%s', '%s', '%s', '%s', TRUE)" % (SOURCE, n, name, t) for n, name, t in accounts) + ";\n")
    out.append("INSERT INTO ledger_dimension_value (source, role, code, name, parent, active) VALUES")
    dims = ["('%s', 'COST_CENTRE', '%s', 'Kostnadsställe %s', NULL, TRUE)" % (SOURCE, c, c) for c in DEPARTMENTS.values()]
    dims += ["('%s', 'ACTIVITY_TYPE', '%s', '%s', NULL, TRUE)" % (SOURCE, c, n) for c, n in ACTIVITY_TYPES.items()]
    out.append(",\n".join(dims) + ";\n")

    def sql(v):
        if v is None:
            return "NULL"
        if isinstance(v, date):
            return "DATE '%s'" % v.isoformat()
        if isinstance(v, int):
            return str(v)
        return "'%s'" % v.replace("'", "''")

    for i in range(0, len(entries), 500):
        out.append("INSERT INTO ledger_entry (load_id, row_key, period, account, unit_id, activity_id, cost_centre,"
                   " project, activity_type, funder, counterpart, voucher, voucher_date, amount, text, source_line, account_hash) VALUES")
        out.append(",\n".join("(%d, %s, %d, %d)" % (LOAD_ID, ", ".join(sql(v) for v in e), e[0] + 1, java_hash(e[2]))
                              for e in entries[i:i + 500]) + ";\n")

    totals = defaultdict(lambda: [0, 0])
    for e in entries:
        key = (e[1], e[3], e[4], e[2])
        totals[key][0] += e[12]
        totals[key][1] += 1
    total_rows = ["(%d, %d, %s, %s, '%s', %d, %d)" % (LOAD_ID, p, sql(u), sql(a), acc, s, n)
                  for (p, u, a, acc), (s, n) in sorted(totals.items(), key=lambda kv: (kv[0][0], str(kv[0][1:])))]
    for i in range(0, len(total_rows), 500):
        out.append("INSERT INTO ledger_total (load_id, period, unit_id, activity_id, account, amount, line_count) VALUES")
        out.append(",\n".join(total_rows[i:i + 500]) + ";\n")

    out.append("INSERT INTO ledger_period (source, period, load_id) VALUES")
    out.append(",\n".join("('%s', %d, %d)" % (SOURCE, 202600 + m, LOAD_ID) for m in MONTHS) + ";\n")
    assert sum(e[12] for e in entries) == 0, "every voucher balances"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(OUT, len(entries), "entries", len(total_rows), "totals", sum(counter.values()), "vouchers")


if __name__ == "__main__":
    main()
