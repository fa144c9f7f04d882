#!/usr/bin/env python3
"""Validate the bundled YAML files against the JSON Schemas in questionnaires/schema/.

    python3 scripts/validate-schemas.py            # every questionnaires/*.yaml and cases/*.yaml
    python3 scripts/validate-schemas.py FILE...    # only these files

Checks first that both schemas are valid draft 2020-12 schemas, then validates each questionnaire
layer against questionnaire.schema.json and each answers or case file against answers.schema.json.
A file named on the command line is validated against the schema its `format:` names (or, failing
that, answers for a file in a `cases` directory, questionnaire otherwise).

Every problem is printed as `file: path: message`; the last line is a summary. Exit status 0 when
everything is valid, 1 otherwise. No network access: the schemas reference only themselves.

The schemas exist for editor support; `dpia lint` stays the authority and checks much more
(conditions, cross-references, duplicate ids, YAML details such as duplicate keys and aliases).
"""

import json
import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, best_match

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "questionnaires" / "schema"
SCHEMAS = {
    "questionnaire": SCHEMA_DIR / "questionnaire.schema.json",
    "answers": SCHEMA_DIR / "answers.schema.json",
}
FORMATS = {"dpia-questionnaire/1": "questionnaire", "dpia-answers/1": "answers"}


class DpiaLoader(yaml.SafeLoader):
    """A safe loader that reads scalars the way dpia does where it matters for the schemas.

    Dates (`2022-02-15`) stay strings instead of becoming `datetime.date`, and only `true` and
    `false` are booleans: `yes`, `no`, `on` and `off` stay strings, so `answers: {q: yes}` is the
    string "yes" (dpia's yes_no answer) and `required: yes` is refused as dpia refuses it.
    """


# Copy the inherited resolver table so SafeLoader itself is left untouched.
DpiaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DpiaLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def relative(path):
    """The path as shown in messages: relative to the repository root when inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def location(path):
    """A JSON path such as `sections[2].questions[0].id`; `(top)` for the document itself."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$-]*", str(part)):
            text += f"[{json.dumps(str(part), ensure_ascii=False)}]"  # a dotted question id, say
        else:
            text += f".{part}" if text else str(part)
    return text or "(top)"


def short(value, limit=60):
    """A value as it appears in a message, cut so a whole mapping never floods the output."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def explain(error):
    """The most useful (path, message) for one validation error."""
    path = list(error.absolute_path)
    if error.validator in ("anyOf", "oneOf"):
        if not error.context:
            # oneOf matched more than one alternative.
            message = f"{short(error.instance)} matches more than one alternative"
            description = error.schema.get("description")
            return path, f"{message}: {description}" if description else message
        # Alternatives whose type fits the value say what is actually wrong with it.
        fitting = [e for e in error.context if e.validator != "type"]
        if fitting:
            if all(e.validator == "required" for e in fitting) and any(
                    isinstance(e.instance, dict) and set(e.validator_value) - set(e.instance)
                    for e in fitting):
                missing = sorted({name for e in fitting for name in e.validator_value
                                  if isinstance(e.instance, dict) and name not in e.instance})
                if len(missing) == 1:
                    return path, f"'{missing[0]}' is a required property"
                names = ", ".join(f"'{name}'" for name in missing)
                return path, f"one of {names} is required"
            return explain(best_match(fitting))
        types = []
        for e in error.context:
            for kind in [e.validator_value] if isinstance(e.validator_value, str) else e.validator_value:
                if kind not in types:
                    types.append(kind)
        message = f"{short(error.instance)} is not of type {', '.join(repr(t) for t in types)}"
        description = error.schema.get("description")
        return path, f"{message} ({description})" if description else message
    if error.validator == "not":
        description = error.validator_value.get("description") if isinstance(error.validator_value, dict) else None
        if description:
            scalar = not isinstance(error.instance, (dict, list))
            return path, f"{short(error.instance)}: {description}" if scalar else description
        return path, f"{short(error.instance)} is not allowed here"
    if error.validator == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        return path, f"{short(error.instance)} is not of type {', '.join(repr(t) for t in expected)}"
    if error.validator == "pattern" and len(error.validator_value) > 40 and error.schema.get("description"):
        # A long pattern says less than the description written for it.
        return path, f"{short(error.instance)} is not valid: {error.schema['description']}"
    message = error.message
    if len(message) > 200:
        message = message[:197] + "..."
    return path, message


def path_key(path):
    """Sorts paths in document order: list indices numerically, keys alphabetically."""
    return [(0, part, "") if isinstance(part, int) else (1, 0, str(part)) for part in path]


def load_schemas(problems):
    """The validators for both schemas; a schema that cannot be read or is invalid is reported."""
    validators = {}
    for kind, path in SCHEMAS.items():
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            problems.append(f"{relative(path)}: (top): cannot read schema: {error}")
            continue
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as error:
            # check_schema raises only the most relevant problem; list them all.
            meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
            found = sorted((explain(e) for e in meta.iter_errors(schema)),
                           key=lambda item: (path_key(item[0]), item[1]))
            for error_path, message in found or [explain(error)]:
                problems.append(f"{relative(path)}: {location(error_path)}: invalid schema: {message}")
            continue
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append(f"{relative(path)}: $schema: must name draft 2020-12")
            continue
        validators[kind] = Draft202012Validator(schema)
    return validators


def schema_for(path, document):
    """Which schema a file named on the command line is validated against."""
    if isinstance(document, dict) and document.get("format") in FORMATS:
        return FORMATS[document["format"]]
    return "answers" if Path(path).resolve().parent.name == "cases" else "questionnaire"


def validate_file(path, kind, validators, problems):
    """Validates one file; returns whether it is valid."""
    name = relative(path)
    try:
        document = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=DpiaLoader)
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{name}: (top): cannot read file: {error}")
        return False
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(top)"
        problem = getattr(error, "problem", None) or str(error)
        problems.append(f"{name}: {where}: YAML syntax error: {problem}")
        return False
    kind = kind or schema_for(path, document)
    validator = validators.get(kind)
    if validator is None:
        problems.append(f"{name}: (top): not validated, {SCHEMAS[kind].name} is unusable")
        return False
    found = sorted((explain(error) for error in validator.iter_errors(document)),
                   key=lambda item: (path_key(item[0]), item[1]))
    for error_path, message in found:
        problems.append(f"{name}: {location(error_path)}: {message}")
    return not found


def main(arguments):
    problems = []
    validators = load_schemas(problems)
    if arguments:
        files = [(Path(argument), None) for argument in arguments]
    else:
        questionnaires = ROOT / "questionnaires"
        files = [(path, "questionnaire") for path in sorted(questionnaires.glob("*.yaml"))]
        files += [(path, "answers") for path in sorted((questionnaires / "cases").glob("*.yaml"))]
    invalid = sum(not validate_file(path, kind, validators, problems) for path, kind in files)
    for problem in problems:
        print(problem)
    if problems:
        schemas = len(SCHEMAS) - len(validators)
        parts = [f"{len(problems)} error{'s' if len(problems) != 1 else ''}"]
        if invalid:
            parts.append(f"{invalid} of {len(files)} file{'s' if len(files) != 1 else ''} invalid")
        if schemas:
            parts.append(f"{schemas} schema{'s' if schemas != 1 else ''} invalid")
        print(f"schemas: {', '.join(parts)}")
        return 1
    print(f"schemas: {len(files)} file{'s' if len(files) != 1 else ''} valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
