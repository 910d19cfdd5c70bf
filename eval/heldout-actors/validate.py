"""Check the hand-annotated actor gold files in this directory.

Copy of eval/actors/validate.py; only the file selection differs: it reads the hNN-*.json
gold files of this folder (or of a folder given as the first argument).

Usage: python eval/heldout-actors/validate.py [folder]   (from anywhere)

For every *.json gold file: load it, open its text_file (a bare file name is
relative to this directory, a path such as src/newsgraph/... is relative to the
repository root), and confirm that every mention's text occurs at least `nth`
times (counting every exact, case-sensitive, possibly overlapping occurrence in
the whole file). Also checks the fields. Prints per-file and total counts.
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KINDS = ("name", "pronoun", "description")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def main():
    errors = []
    total = collections.Counter()
    folder = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    files = sorted(folder.glob("h[0-9][0-9]-*.json"))
    for jp in files:
        gold = json.loads(jp.read_text(encoding="utf-8"))
        tf = gold["article"]["text_file"]
        tp = (jp.parent / tf) if "/" not in tf else (ROOT / tf)
        text = tp.read_text(encoding="utf-8")
        c = collections.Counter()
        seen = set()
        for i, m in enumerate(gold["mentions"]):
            where = f"{jp.name} mention {i} {m.get('text')!r}"
            occ = occurrences(text, m["text"])
            if len(occ) < m["nth"] or m["nth"] < 1:
                errors.append(f"{where}: only {len(occ)} occurrence(s), nth={m['nth']}")
            if (m["text"], m["nth"]) in seen:
                errors.append(f"{where}: duplicate (text, nth)")
            seen.add((m["text"], m["nth"]))
            if m["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {m['kind']!r}")
            if m["actor"]:
                if not m.get("key") or not m.get("code") or not m["code"].startswith(m["key"]):
                    errors.append(f"{where}: bad key/code")
                if not m.get("entity"):
                    errors.append(f"{where}: missing entity")
            elif "key" in m or "code" in m or m.get("entity") is not None:
                errors.append(f"{where}: actor:false must have no key/code and entity null")
            c["mentions"] += 1
            c[m["kind"]] += 1
            c["actor_true" if m["actor"] else "actor_false"] += 1
        total.update(c)
        print(
            f"{jp.name:36} {c['mentions']:4} mentions  name {c['name']:3}  pronoun {c['pronoun']:3}  "
            f"description {c['description']:3}  actor true {c['actor_true']:3} / false {c['actor_false']:2}"
        )
    print(
        f"{'TOTAL (' + str(len(files)) + ' files)':36} {total['mentions']:4} mentions  name {total['name']:3}  "
        f"pronoun {total['pronoun']:3}  description {total['description']:3}  "
        f"actor true {total['actor_true']:3} / false {total['actor_false']:2}"
    )
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
