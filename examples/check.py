#!/usr/bin/env python3
"""Scores a dossier of the example corpus against examples/expected.json, with the same checks
../shared/tools/check_seeds.py runs on the sample pages (expected.json uses the same layout).

Usage: python3 examples/check.py DOSSIER_DIR [--facet NAME ...] [--min SHARE] [--verbose]
e.g.   ./dossier analyze examples/corpus --out out/example && python3 examples/check.py out/example
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.join(HERE, "..", "..", "shared", "tools", "check_seeds.py")
# the shared tool names its gold file and page folder in two places; point both at the examples
SWAPS = {
    'os.path.join(HERE, "..", "corpus", "seeds.gold.json")': repr(os.path.join(HERE, "expected.json")),
    'os.path.join(HERE, "..", "corpus", "seeds", f)': "os.path.join(%r, f)" % os.path.join(HERE, "corpus"),
}

if not os.path.exists(TOOL):
    sys.exit("examples/check.py: needs %s (../shared beside the repository)" % os.path.normpath(TOOL))
source = open(TOOL, encoding="utf-8").read()
for old, new in SWAPS.items():
    if old not in source:
        sys.exit("examples/check.py: %s changed; cannot find %s in it" % (os.path.normpath(TOOL), old))
    source = source.replace(old, new)
exec(compile(source, TOOL, "exec"), {"__name__": "__main__", "__file__": TOOL})
