#!/usr/bin/env python3
"""Writes synthetic questionnaires and answer sets for the benchmarks.

usage: bench/generate.py N [N ...]     (question counts, e.g. 1000 10000 100000)

For each N it writes bench/generated/N/questionnaire.yaml, a layer of jurisdiction `xx` with N questions in
sections of 100 (yes/no, single and multiple choice, text, each shown on a condition over earlier
questions), N/10 findings and N/100 red patterns with conditions over several questions; and
bench/generated/N/cases/answers.yaml, an answers file answering every question. Deterministic: the same N gives
the same bytes.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated")


def qid(i):
    return f"s{i // 100}.q{i}"


def kind(i):
    return ("yes_no", "single_choice", "multiple_choice", "text")[i % 4]


def condition(i, rng):
    """A condition over up to three earlier questions, or none for the first of a section."""
    if i % 100 == 0:
        return None
    parts = []
    for j in sorted({rng.randrange(max(0, i - 50), i) for _ in range(rng.randint(1, 3))}):
        k = kind(j)
        if k == "yes_no":
            parts.append(f"{qid(j)} or unknown({qid(j)})")
        elif k == "single_choice":
            parts.append(f"{qid(j)} in [a, b]")
        elif k == "multiple_choice":
            parts.append(f"not ({qid(j)} contains c)")
        else:
            parts.append(f"answered({qid(j)}) or {qid(j)} != \"none\"")
    return " or ".join(f"({p})" for p in parts)


def questionnaire(n):
    rng = random.Random(n)
    out = [
        "format: dpia-questionnaire/1",
        f"id: synthetic-{n}",
        f"title: Synthetic questionnaire with {n} questions",
        "version: 1.0.0",
        "law_as_of: 2026-11-01",
        "jurisdiction: xx",
        "sources:",
        "  - key: LED",
        "    title: Directive (EU) 2016/680",
        "    url: https://eur-lex.europa.eu/eli/dir/2016/680/oj",
        "    provisions:",
        *[f"      - {{provision: Art. {a}, checked: synthetic}}" for a in range(1, 61)],
        "areas:",
        "  - id: general",
        "    title: General",
        "sections:",
    ]
    for i in range(n):
        if i % 100 == 0:
            out += [f"  - id: s{i // 100}", f"    title: Section {i // 100}", "    questions:"]
        out += [f"      - id: {qid(i)}", f"        type: {kind(i)}", f"        prompt: Question number {i}?"]
        if kind(i) in ("single_choice", "multiple_choice"):
            out.append("        options:")
            for o in "abc":
                out += [f"          - id: {o}", f"            label: Option {o}"]
        if kind(i) == "text":
            out.append("        required: false")
        c = condition(i, rng)
        if c:
            out.append(f"        when: '{c}'")
        out.append(f"        refs: [LED Art. {1 + i % 60}]")
    out.append("findings:")
    for f in range(n // 10):
        a, b = rng.randrange(n), rng.randrange(n)
        a, b = (a - a % 4, b - b % 4 + 1)  # a yes/no and a single-choice question
        out += [
            f"  - id: general.f{f}",
            "    area: general",
            f"    severity: {('blocker', 'high', 'medium', 'advice')[f % 4]}",
            f"    title: Finding {f}",
            f"    when: '{qid(a)} and {qid(min(b, n - 1))} == b'",
            "    if_unknown: open",
            "    explanation: A synthetic finding.",
            "    refs: [LED Art. 19]",
            "    measures:",
            f"      - id: general.f{f}.m",
            "        text: Do the synthetic thing.",
        ]
    out.append("red_patterns:")
    for p in range(max(1, n // 100)):
        a = rng.randrange(n // 4) * 4
        out += [
            f"  - id: general.p{p}",
            f"    title: Pattern {p}",
            f"    when: '{qid(a)} and not {qid(min(a + 4, n - 4))}'",
            "    explanation: A synthetic pattern.",
            "    refs: [LED Art. 10]",
        ]
    return "\n".join(out) + "\n"


def answers(n):
    rng = random.Random(n + 1)
    out = [
        "format: dpia-answers/1",
        "assessment:",
        "  jurisdiction: xx",
        "  organisation: Benchmark police",
        f"  processing: Synthetic processing with {n} questions",
        "  date: 2026-11-01",
        "answers:",
    ]
    for i in range(n):
        k = kind(i)
        if rng.random() < 0.05:
            value = "unknown"
        elif k == "yes_no":
            value = rng.choice(["yes", "no"])
        elif k == "single_choice":
            value = rng.choice("abc")
        elif k == "multiple_choice":
            value = "[" + ", ".join(o for o in "abc" if rng.random() < 0.5) + "]"
        else:
            value = f'"free text {i}"'
        out.append(f"  {qid(i)}: {value}")
    return "\n".join(out) + "\n"


def main():
    for n in map(int, sys.argv[1:] or ["1000", "10000", "100000"]):
        os.makedirs(os.path.join(OUT, str(n), "cases"), exist_ok=True)
        for name, text in (("questionnaire.yaml", questionnaire(n)), ("cases/answers.yaml", answers(n))):
            with open(os.path.join(OUT, str(n), name), "w") as f:
                f.write(text)
            print(f"bench/generated/{n}/{name}: {len(text.encode()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
