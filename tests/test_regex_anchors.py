"""No start anchor where it cannot match: `\\A` (and `^` without MULTILINE) never matches at the `pos` of
`pattern.match(text, pos)` / `search(text, pos, endpos)` / `fullmatch` / `finditer` / `findall` / `sub` unless
pos is 0, in `re` and in `regex` alike. A guard written as `_P = regex.compile(r"\\A\\s+of")` and called as
`_P.match(prose, q.end)` is silently dead; slice the text instead (`_P.match(prose[q.end:s1])`) or drop the
`\\A` where `.match` already anchors.

The scan reads every module of factcheck/ with the AST, resolves the receiver of each such call with a pos
argument to its compiled pattern (the module's own names, its imports, a function's local patterns, either
side of `a if c else b`, a dict's or a list's patterns; a name it cannot resolve, `c._ALL_OPEN`, stands for
every module-level pattern of that name in factcheck/) and reads the pattern for a start anchor:

- a leading `\\A` (the pattern's first item, outside any alternation) fails whatever the pos;
- a `\\A` further in, in a branch (`(?:\\A|[.!?]\\s+)Of`), fails unless the pos is `max(0, ...)`: a window
  clipped at the text's start, where `\\A` means the text's start and is reached exactly when the window is;
- a `\\A` inside a lookbehind (`(?<=(?:\\A|\\n)At\\s+)`) is read against the whole text, not from pos: fine.
"""
from __future__ import annotations

import ast
import importlib
import importlib.util
import re
from pathlib import Path

import regex

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"

# method -> index of its pos argument among the positional ones
_POS_AT = {"match": 1, "search": 1, "fullmatch": 1, "finditer": 1, "findall": 1, "sub": 4, "subn": 4}
_MODULES = {"re", "regex", "_re", "_regex"}


def start_anchors(pattern) -> list[tuple[int, bool]]:
    """(offset, leading) of each start anchor of a compiled pattern outside lookbehinds: `\\A`, and `^`
    without MULTILINE. `leading`: the pattern's first item, at its top level (in no group) and with no
    alternation there."""
    text = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    verbose = bool(pattern.flags & re.X)
    multiline = bool(pattern.flags & re.M)
    top_alternation = _has_top_alternation(text, verbose)
    found: list[tuple[int, bool]] = []
    stack: list[bool] = []          # per open group: is it (or one around it) a lookbehind
    first_item = True               # nothing but inline flags and opening groups read yet at the top
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        in_lookbehind = bool(stack) and stack[-1]
        if verbose and ch in " \t\n\r\f\v":
            i += 1
            continue
        if verbose and ch == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if ch == "\\":
            if text[i + 1:i + 2] == "A" and not in_lookbehind:
                found.append((i, first_item and not stack and not top_alternation))
            first_item = False
            i += 2
            continue
        if ch == "[":
            i = _class_end(text, i)
            first_item = False
            continue
        if ch == "(":
            if text.startswith("(?#", i):
                i = text.index(")", i) + 1
                continue
            flags = re.match(r"\(\?[a-zA-Z-]+\)", text[i:])
            if flags:           # inline flags, "(?i)"
                i += flags.end()
                continue
            behind = text.startswith(("(?<=", "(?<!"), i)
            stack.append(behind or in_lookbehind)
            if behind or text.startswith(("(?=", "(?!"), i):
                first_item = False
            i += 1
            continue
        if ch == ")":
            if stack:
                stack.pop()
            first_item = False
            i += 1
            continue
        if ch == "^" and not multiline and not in_lookbehind:
            found.append((i, first_item and not stack and not top_alternation))
        if ch not in "?:":      # the "?:" of "(?:" is no item
            first_item = False
        i += 1
    return found


def _class_end(text: str, i: int) -> int:
    """The offset just past the character class opening at i."""
    j = i + 1
    if text[j:j + 1] == "^":
        j += 1
    if text[j:j + 1] == "]":
        j += 1
    while j < len(text) and text[j] != "]":
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _has_top_alternation(text: str, verbose: bool) -> bool:
    depth, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if verbose and ch == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(text, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def _is_pattern(obj) -> bool:
    return isinstance(obj, (re.Pattern, regex.Pattern))


def _patterns_in(obj) -> list:
    if _is_pattern(obj):
        return [obj]
    if isinstance(obj, dict):
        obj = list(obj.values())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [p for o in obj for p in _patterns_in(o)] if all(
            _is_pattern(o) or isinstance(o, (list, tuple)) for o in obj) else []
    return []


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _namespace(path: Path, tree: ast.Module) -> dict:
    """The module's names (imported, or its top-level assignments one by one where it cannot be imported)
    and the names every import in it binds, a function's own imports included."""
    name = _module_name(path)
    try:
        ns = dict(vars(importlib.import_module(name)))
    except ImportError:
        ns = {"re": re, "regex": regex}
        for node in tree.body:
            if isinstance(node, ast.Assign):
                try:
                    exec(compile(ast.Module([node], []), str(path), "exec"), ns)
                except Exception:
                    pass
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        for alias in node.names:
            try:
                if isinstance(node, ast.Import):
                    ns.setdefault(alias.asname or alias.name.split(".")[0],
                                  importlib.import_module(alias.asname and alias.name or alias.name.split(".")[0]))
                    continue
                base = node.module or ""
                if node.level:
                    base = importlib.util.resolve_name("." * node.level + base, package)
                mod = importlib.import_module(base)
                value = getattr(mod, alias.name, None)
                if value is None:
                    value = importlib.import_module(f"{base}.{alias.name}")
                ns.setdefault(alias.asname or alias.name, value)
            except Exception:
                pass
    return ns


class _Scanner:
    def __init__(self, ns: dict, by_name: dict[str, list], filename: str):
        self.ns, self.by_name, self.filename = ns, by_name, filename

    def _eval(self, expr):
        return eval(compile(ast.Expression(expr), self.filename, "eval"), dict(self.ns))

    def _local(self, func, name):
        """The expression a function assigns to `name` (the last one), or "param", or None."""
        if func is None:
            return None
        args = func.args
        if any(a.arg == name for a in args.posonlyargs + args.args + args.kwonlyargs):
            return "param"
        value = None
        for node in ast.walk(func):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                value = node.value
            elif isinstance(node, ast.NamedExpr) and node.target.id == name:
                value = node.value
        return value

    def resolve(self, expr, func, depth: int = 0) -> list:
        """Every compiled pattern the expression may be."""
        if depth > 8:
            return []
        if isinstance(expr, ast.IfExp):
            return self.resolve(expr.body, func, depth + 1) + self.resolve(expr.orelse, func, depth + 1)
        if isinstance(expr, ast.Subscript):
            return self.resolve(expr.value, func, depth + 1)
        if isinstance(expr, ast.Name):
            local = self._local(func, expr.id)
            if local == "param":
                return self.by_name.get(expr.id, [])
            if local is not None:
                return self.resolve(local, func, depth + 1)
        try:
            found = _patterns_in(self._eval(expr))
            if found:
                return found
        except Exception:
            pass
        if isinstance(expr, ast.Attribute):      # "c._ALL_OPEN" with c passed in: any pattern of that name
            return self.by_name.get(expr.attr, [])
        if isinstance(expr, ast.Name):
            return self.by_name.get(expr.id, [])
        return []


def _is_clipped_window(pos) -> bool:
    """`max(0, ...)`: a window that begins at the text's start when it reaches it."""
    return (isinstance(pos, ast.Call) and isinstance(pos.func, ast.Name) and pos.func.id == "max"
            and any(isinstance(a, ast.Constant) and a.value == 0 for a in pos.args))


def dead_anchors(source: str, ns: dict, by_name: dict[str, list], filename: str = "<source>") -> list[str]:
    """`file:line: call` for each call with a pos argument on a pattern whose start anchor cannot match there."""
    tree = ast.parse(source)
    scanner = _Scanner(ns, by_name, filename)
    out: list[str] = []

    def visit(node, func):
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) else func
            visit(child, inner)
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _POS_AT):
            return
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id in _MODULES:
            return
        at = _POS_AT[node.func.attr]
        pos = node.args[at] if len(node.args) > at else next((k.value for k in node.keywords if k.arg == "pos"), None)
        if pos is None or isinstance(pos, ast.Constant) and pos.value in (0, None):
            return
        for pattern in scanner.resolve(receiver, func):
            bad = [off for off, leading in start_anchors(pattern) if leading or not _is_clipped_window(pos)]
            if bad:
                out.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:100]}  "
                           f"(anchor at {bad[0]} of {pattern.pattern[:60]!r})")
                break

    visit(tree, None)
    return out


def _module_patterns() -> tuple[dict, dict[str, list]]:
    trees, by_name = {}, {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ns = _namespace(path, tree)
        trees[path] = (tree, ns)
        for node in tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        for p in _patterns_in(ns.get(target.id)):
                            by_name.setdefault(target.id, []).append(p)
    return trees, by_name


def test_no_start_anchor_called_with_a_pos():
    trees, by_name = _module_patterns()
    assert len(trees) > 90 and len(by_name) > 500      # the scan reads the package
    dead = []
    for path, (tree, ns) in trees.items():
        dead += dead_anchors(path.read_text(encoding="utf-8"), ns, by_name,
                             str(path.relative_to(PACKAGE.parent)))
    assert not dead, "a start anchor never matches at a pos > 0 (slice the text instead):\n" + "\n".join(dead)


def test_the_scan_finds_the_dead_anchors():
    source = '''
import regex
_LEAD = regex.compile(r"\\A\\s+of")
_BRANCH = regex.compile(r"(?:\\A|[.!?]\\s+)Of\\s+those")
_CARET = regex.compile(r"^\\s+x")
_BEHIND = regex.compile(r"(?<=(?:\\A|\\n)At\\s+)\\d+")
_PLAIN = regex.compile(r"\\s+of")
_VERBOSE = regex.compile(r"""\\d+  # 1^2, a caret in a comment
                             """, regex.X)
_BY = {"a": _PLAIN, "b": _LEAD}

def f(prose, q, s1, c):
    _LEAD.match(prose, q.end)                          # dead
    _LEAD.match(prose, q.end, s1)                      # dead
    _LEAD.search(prose, pos=q.end)                     # dead
    _LEAD.match(prose[q.end:s1])                       # sliced: fine
    _LEAD.match(prose, 0, s1)                          # pos 0: fine
    _LEAD.search(prose, max(0, q.start - 40))          # leading: dead even in a clipped window
    _BRANCH.search(prose, q.start - 40, q.start)       # dead
    _BRANCH.search(prose, max(0, q.start - 40), q.start)   # the text's start, reached when the window is: fine
    _CARET.finditer(prose, q.end)                      # dead
    _BEHIND.finditer(prose, q.end)                     # the lookbehind reads the whole text: fine
    _PLAIN.match(prose, q.end)                         # fine
    _VERBOSE.match(prose, q.end)                       # fine
    p = _LEAD if q else _PLAIN
    p.match(prose, q.end)                              # dead
    _BY[c].match(prose, q.end)                         # dead
    c._LEAD.match(prose, q.end)                        # c passed in: dead
    regex.match(r"\\A\\s", prose)                      # a module function: no pos
'''
    ns: dict = {}
    exec(source, ns)
    by_name = {k: [v] for k, v in ns.items() if _is_pattern(v)}
    lines = [int(d.split(":")[1]) for d in dead_anchors(source, ns, by_name)]
    expected = [i for i, line in enumerate(source.splitlines(), 1) if line.rstrip().endswith("# dead")
                or "dead even" in line or "passed in: dead" in line]
    assert sorted(lines) == expected


def test_start_anchors():
    assert start_anchors(regex.compile(r"\A\s+x")) == [(0, True)]
    assert start_anchors(regex.compile(r"(?i)\A\s+x")) == [(4, True)]
    assert start_anchors(regex.compile(r"\A\s+x|y")) == [(0, False)]
    assert start_anchors(regex.compile(r"(?:\A|,)\s+x")) == [(3, False)]
    assert start_anchors(regex.compile(r"(?<=\A|,)x")) == []
    assert start_anchors(regex.compile(r"[\^a]x\^")) == []
    assert start_anchors(regex.compile(r"^x", regex.M)) == []
    assert start_anchors(re.compile(r"^x")) == [(0, True)]
    # what the test guards against, as the engines behave
    for engine in (re, regex):
        assert engine.compile(r"\A\s+x").match("ab  x", 2) is None
        assert engine.compile(r"\A\s+x").match("ab  x"[2:]) is not None
