#!/usr/bin/env python3
"""Writes or checks the translation file of a questionnaire layer.

    scripts/translation-template.py template LAYER LANG   # print a skeleton holding the English texts
    scripts/translation-template.py check [--partial] FILE  # keys against the layer, English left over

A translation file (`questionnaires/translations/<layer>.<lang>.yaml`, format
`dpia-translation/1`) holds, for one layer and one language, every text a user reads: the
layer's title and description, source titles, precedents, areas, sections, questions and their
options, risks, measures, findings, red patterns and amendments, each under the id it has in the
layer. `dpia lint` reports a text the file lacks at the English text's place in the layer, and a
key the layer does not have at its place in the translation file. The translator replaces each
English value; ids, provisions and answers stay as they are.
"""

import sys
import textwrap

import yaml

LAYERS = "questionnaires"


def load_layer(layer_id):
    with open(f"{LAYERS}/{layer_id}.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def amendment_keys(layer):
    """`finding.ID`, `red_pattern.ID` or `risk.ID`, with `#2`, `#3` for a target amended again."""
    seen = {}
    keys = []
    for amendment in layer.get("amend") or []:
        kind = next(k for k in ("finding", "red_pattern", "risk") if k in amendment)
        key = f"{kind}.{amendment[kind]}"
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys


def inline_measures(rule):
    return [m for m in rule.get("measures") or [] if isinstance(m, dict)]


def texts(layer):
    """The layer's texts as the nested structure of its translation file, English values."""
    out = {"title": layer["title"]}
    if layer.get("description"):
        out["description"] = layer["description"]
    if layer.get("sources"):
        out["sources"] = {s["key"]: {"title": s["title"]} for s in layer["sources"]}
    if layer.get("precedents"):
        out["precedents"] = {
            p["id"]: {k: p[k] for k in ("authority", "title", "outcome") if p.get(k)}
            for p in layer["precedents"]
        }
    if layer.get("areas"):
        out["areas"] = {a["id"]: a["title"] for a in layer["areas"]}
    if layer.get("sections"):
        sections, questions = {}, {}
        for s in layer["sections"]:
            entry = {k: s[k] for k in ("title", "intro") if s.get(k)}
            if entry:
                sections[s["id"]] = entry
            for q in s.get("questions") or []:
                qe = {k: q[k] for k in ("prompt", "label", "guidance") if q.get(k)}
                if q.get("options"):
                    qe["options"] = {o["id"]: o["label"] for o in q["options"]}
                questions[q["id"]] = qe
        if sections:
            out["sections"] = sections
        out["questions"] = questions
    measures = {}
    for m in layer.get("measures") or []:
        measures[m["id"]] = {k: m[k] for k in ("text", "text_in_use") if m.get(k)}
    for kind in ("findings", "red_patterns"):
        for r in layer.get(kind) or []:
            for m in inline_measures(r):
                measures[m["id"]] = {k: m[k] for k in ("text", "text_in_use") if m.get(k)}
    for a in layer.get("amend") or []:
        for m in inline_measures(a):
            measures[m["id"]] = {k: m[k] for k in ("text", "text_in_use") if m.get(k)}
    if layer.get("risks"):
        out["risks"] = {
            r["id"]: {k: r[k] for k in ("title", "explanation", "rights") if r.get(k)} for r in layer["risks"]
        }
    if measures:
        out["measures"] = measures
    for kind in ("findings", "red_patterns"):
        if layer.get(kind):
            out[kind] = {
                r["id"]: {k: r[k] for k in ("title", "title_in_use", "explanation") if r.get(k)}
                for r in layer[kind]
            }
    if layer.get("amend"):
        out["amend"] = {
            key: {"explanation": a["explanation"]}
            for key, a in zip(amendment_keys(layer), layer["amend"])
            if a.get("explanation")
        }
    return out


def scalar(value, indent):
    value = str(value).strip()
    pad = " " * indent
    if len(value) + indent < 96 and "\n" not in value and not needs_quotes(value):
        return " " + value
    if len(value) + indent < 96 and "\n" not in value:
        return " " + yaml.safe_dump(value, allow_unicode=True, width=1000).strip().removesuffix("\n...")
    if "\n" in value:
        return " |-\n" + "\n".join(pad + line if line else "" for line in value.split("\n"))
    return " >-\n" + "\n".join(textwrap.wrap(value, 100 - indent, initial_indent=pad, subsequent_indent=pad,
                                             break_long_words=False, break_on_hyphens=False))


def needs_quotes(value):
    return (
        any(c in value for c in ":#{}[],&*!|>'\"%@`")
        or value.lower() in ("yes", "no", "true", "false", "on", "off", "null", "~")
        or value[:1] in "-?"
    )


def emit(node, indent=0):
    lines = []
    pad = " " * indent
    for key, value in node.items():
        k = key if not needs_quotes(str(key)) else yaml.safe_dump(str(key)).strip().removesuffix("\n...")
        if isinstance(value, dict):
            lines.append(f"{pad}{k}:")
            lines.extend(emit(value, indent + 2))
        elif isinstance(value, list):
            lines.append(f"{pad}{k}:")
            for item in value:
                lines.append(f"{pad}  -" + scalar(item, indent + 4))
        else:
            lines.append(f"{pad}{k}:" + scalar(value, indent + 2))
    return lines


def template(layer_id, lang):
    layer = load_layer(layer_id)
    head = [
        f"# {lang} translation of questionnaires/{layer_id}.yaml. Every value is a text a user reads;",
        "# ids, provisions (LED Art. 8), answers and option ids stay as they are. See docs/glossary.md.",
        "format: dpia-translation/1",
        f"layer: {layer_id}",
        f"language: {lang}",
        f"translates: {layer['version']}",
    ]
    return "\n".join(head + emit(texts(layer))) + "\n"


def flatten(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from flatten(v, f"{prefix}{k}/")
    elif isinstance(node, list):
        yield prefix.rstrip("/"), node
    else:
        yield prefix.rstrip("/"), node


def check(path, partial=False):
    with open(path, encoding="utf-8") as f:
        translation = yaml.safe_load(f)
    layer = load_layer(translation["layer"])
    body = {k: v for k, v in translation.items() if k not in ("format", "layer", "language", "translates")}
    # A part file (one translator's share) is checked only for the top-level groups it holds.
    expected = dict(flatten({k: v for k, v in texts(layer).items() if not partial or k in body}))
    got = dict(flatten(body))
    missing = [k for k in expected if k not in got]
    extra = [k for k in got if k not in expected]
    same = [k for k in expected if k in got and got[k] == expected[k] and len(str(got[k])) > 30]
    for k in missing:
        print(f"missing: {k}")
    for k in extra:
        print(f"not in the layer: {k}")
    for k in same:
        print(f"still English: {k}")
    words = sum(len(str(v).split()) for v in got.values())
    print(f"{path}: {len(got)} texts, {words} words; {len(missing)} missing, {len(extra)} unknown, {len(same)} unchanged")
    return 1 if missing or extra else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "template":
        sys.stdout.write(template(sys.argv[2], sys.argv[3]))
    elif len(sys.argv) in (3, 4) and sys.argv[1] == "check":
        sys.exit(check(sys.argv[-1], partial="--partial" in sys.argv))
    else:
        sys.exit(__doc__)
