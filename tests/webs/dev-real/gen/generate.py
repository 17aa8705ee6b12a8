"""Generate the held-out development web: python3 gen/generate.py [OUT]  (default: ../web)"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web import Web, build_idps  # noqa: E402
from platforms import Shared  # noqa: E402
import org_haarlemmermeer  # noqa: E402
import org_gemeenten  # noqa: E402
import org_other  # noqa: E402

BUILDERS = [org_haarlemmermeer.build] + org_gemeenten.BUILD + org_other.BUILD


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web")
    web = Web()
    build_idps(web)
    shared = Shared(web)
    orgs = [b(web, shared) for b in BUILDERS]
    # every applicable product labelled exactly once
    from orgs_common import applicable
    for o in orgs:
        app = sorted(applicable(o.type, o.code))
        got = sorted(r["product_key"] for r in web.labels if r["org_code"] == o.code)
        assert app == got, (o.code, set(app) ^ set(got))
    web.write(out)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in orgs:
            w.writerow([o.code, o.name, o.type, o.website, o.inhabitants if o.type == "gemeente" else ""])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for row in web.labels:
            w.writerow(row)
    print("organisations %d, labels %d, files %d" % (len(orgs), len(web.labels), len(web.files)))


if __name__ == "__main__":
    main()
