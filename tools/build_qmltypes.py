"""Describe the kiosk's Python QML types to the QML tools: a qmldir and a
generated .qmltypes for each Python QML module (Kiosk.Models, Kiosk.Ops,
Kiosk.Views), beside the QML module Kiosk in kiosk/qml/Kiosk/.

    python tools/build_qmltypes.py           # write them
    python tools/build_qmltypes.py --check   # exit 1 if any is out of date

Run it after changing a QML-registered class (a property, signal, slot or
enum) or a module's QML_IMPORT_NAME; tests/test_qmltypes.py fails until the
committed files match. qmllint and Qt Creator read
them; the running kiosk registers the same types from Python.

The pipeline is pyside6-project's: metatypes JSON, then
pyside6-qmltyperegistrar with Qt's own metatypes as foreign types (so that
QObject, QAbstractListModel and QQuickPaintedItem resolve). The JSON is not
made by pyside6-metaobjectdump, which reads the source text and stops at a
lambda getter or a type given as a string ("QVariantList"), and does not see
`constant` or a QEnum of an enum defined elsewhere: it is read from the
classes' meta-objects, exactly the types the QML engine is given. Which
classes are registered, and how, is read from their decorators.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"
QML_ROOT = PACKAGE / "qml"  # the import path
QT_MODULES = ("core", "gui", "qml", "quick")  # the Qt metatypes the kiosk's types build on
OUTPUT_REVISION = 68  # the metatypes format pyside6-metaobjectdump writes
DECORATORS = {"QmlElement", "QmlNamedElement", "QmlUncreatable", "QmlSingleton", "QmlAnonymous"}

sys.path.insert(0, str(ROOT))  # this tree's kiosk, whatever is installed


@dataclass
class QmlModule:
    uri: str  # Kiosk.Models
    major: int
    minor: int
    files: dict[Path, list[ast.ClassDef]] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return QML_ROOT.joinpath(*self.uri.split("."))

    @property
    def typeinfo(self) -> str:
        return self.uri.rpartition(".")[2].lower() + ".qmltypes"


def find_modules() -> dict[str, QmlModule]:
    """Every Python file that sets QML_IMPORT_NAME, with its decorated classes."""
    modules: dict[str, QmlModule] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        constants = {
            node.targets[0].id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        }
        uri = constants.get("QML_IMPORT_NAME")
        if uri is None:
            continue
        version = (
            constants.get("QML_IMPORT_MAJOR_VERSION", 1),
            constants.get("QML_IMPORT_MINOR_VERSION", 0),
        )
        module = modules.setdefault(uri, QmlModule(uri, *version))
        if (module.major, module.minor) != version:
            sys.exit(f"{path}: {uri} has another version in another file")
        classes = [
            node
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and DECORATORS & {_decorator_name(d) for d in node.decorator_list}
        ]
        if classes:
            module.files[path] = classes
    return modules


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")


def class_infos(node: ast.ClassDef) -> list[dict[str, str]]:
    """QML.Element and friends, as moc writes them for the C++ macros."""
    infos = []
    for decorator in node.decorator_list:
        name = _decorator_name(decorator)
        args = [a.value for a in getattr(decorator, "args", []) if isinstance(a, ast.Constant)]
        if name == "QmlElement":
            infos.append(("QML.Element", "auto"))
        elif name == "QmlNamedElement":
            infos.append(("QML.Element", args[0]))
        elif name == "QmlAnonymous":
            infos.append(("QML.Element", "anonymous"))
        elif name == "QmlSingleton":
            infos.append(("QML.Singleton", "true"))
        elif name == "QmlUncreatable":
            infos.append(("QML.Creatable", "false"))
            if args:
                infos.append(("QML.UncreatableReason", args[0]))
    return [{"name": n, "value": v} for n, v in sorted(infos)]


def _qt_base(cls: type) -> type:
    """The nearest Qt class it derives from: the Python classes in between
    (LanguageListModel, the map items' base) are folded into the type."""
    return next(c for c in cls.__mro__[1:] if c.__module__.startswith("PySide6."))


def _arguments(method, names: list[str]) -> list[dict[str, str]]:
    types = [bytes(t).decode() for t in method.parameterTypes()]
    return [
        {"name": name, "type": kind} if name else {"type": kind}
        for name, kind in zip(names + [""] * len(types), types, strict=False)
    ]


def _slot_names(cls: type, name: str) -> list[str]:
    function = getattr(cls, name, None)
    try:
        parameters = list(inspect.signature(function).parameters)[1:]  # not self
    except (TypeError, ValueError):
        return []
    return parameters


def class_entry(cls: type, node: ast.ClassDef) -> dict:
    """One class as moc's metatypes JSON describes it, from its meta-object."""
    from PySide6.QtCore import QMetaMethod

    meta = cls.staticMetaObject
    base = _qt_base(cls)
    base_meta = base.staticMetaObject
    entry: dict = {
        "className": cls.__name__,
        "qualifiedClassName": cls.__name__,
        "object": True,
        "superClasses": [{"access": "public", "name": base.__name__}],
    }
    if infos := class_infos(node):
        entry["classInfos"] = infos

    properties = []
    for index in range(base_meta.propertyCount(), meta.propertyCount()):
        prop = meta.property(index)
        item = {
            "constant": prop.isConstant(),
            "designable": True,
            "final": prop.isFinal(),
            "index": index - base_meta.propertyCount(),
            "name": prop.name(),
            "read": prop.name(),
            "required": False,
            "scriptable": True,
            "stored": True,
            "type": prop.typeName(),
            "user": False,
        }
        if prop.hasNotifySignal():
            item["notify"] = bytes(prop.notifySignal().name()).decode()
        if prop.isWritable():
            item["write"] = "set" + prop.name()[0].upper() + prop.name()[1:]
        properties.append(item)
    if properties:
        entry["properties"] = properties

    kinds = {QMetaMethod.MethodType.Signal: "signals", QMetaMethod.MethodType.Slot: "slots"}
    for index in range(base_meta.methodCount(), meta.methodCount()):
        method = meta.method(index)
        kind = kinds.get(method.methodType(), "methods")
        name = bytes(method.name()).decode()
        names = _slot_names(cls, name) if kind != "signals" else []
        entry.setdefault(kind, []).append(
            {
                "access": "public",
                "arguments": _arguments(method, names),
                "index": index - base_meta.methodCount(),
                "name": name,
                "returnType": method.typeName() or "void",
            }
        )

    enums = []
    for index in range(base_meta.enumeratorCount(), meta.enumeratorCount()):
        enum = meta.enumerator(index)
        enums.append(
            {
                "isClass": enum.isScoped(),
                "isFlag": enum.isFlag(),
                "name": enum.name(),
                "type": "int",
                "values": [enum.key(k) for k in range(enum.keyCount())],
            }
        )
    if enums:
        entry["enums"] = enums
    return entry


def metatypes(module: QmlModule) -> list[dict]:
    files = []
    for path, nodes in module.files.items():
        relative = path.relative_to(ROOT)
        python = importlib.import_module(".".join(relative.with_suffix("").parts))
        files.append(
            {
                "classes": [class_entry(getattr(python, node.name), node) for node in nodes],
                "inputFile": relative.as_posix(),
                "outputRevision": OUTPUT_REVISION,
            }
        )
    return files


def qt_metatypes() -> list[Path]:
    """Qt's own metatypes JSON, found as pyside6-project finds them."""
    try:
        from PySide6.scripts.project_lib.utils import qt_metatype_json_dir

        folder = Path(qt_metatype_json_dir())
    except ImportError:  # an older PySide6: the wheel's own folder
        import PySide6

        folder = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    found = []
    for name in QT_MODULES:
        matches = sorted(folder.glob(f"qt6{name}_*metatypes.json"))
        if not matches:
            sys.exit(f"no Qt metatypes for Qt{name} in {folder}")
        found.append(matches[0])
    return found


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def depends(module: QmlModule, entries: list[dict], owners: dict[str, str]) -> list[str]:
    """The modules whose types this one's bases, properties and methods name:
    QtQuick for a painted item, Kiosk.Models for the map canvas's `model`."""
    from PySide6 import QtQuick

    names = set()
    for file in entries:
        for cls in file["classes"]:
            names |= {b["name"] for b in cls.get("superClasses", [])}
            names |= {p["type"].rstrip("*") for p in cls.get("properties", [])}
            for kind in ("signals", "slots", "methods"):
                for method in cls.get(kind, []):
                    names.add(method["returnType"].rstrip("*"))
                    names |= {a["type"].rstrip("*") for a in method["arguments"]}
    found = {owners[n] for n in names if n in owners} - {module.uri}
    if any(n.startswith("QQuick") and hasattr(QtQuick, n) for n in names):
        found.add("QtQuick")
    return sorted(found)


def generate(out: Path) -> list[Path]:
    """Write every module's qmldir and qmltypes under ``out`` (an import path)."""
    modules = find_modules()
    entries = {uri: metatypes(module) for uri, module in modules.items()}
    owners = {
        cls["className"]: uri
        for uri, files in entries.items()
        for file in files
        for cls in file["classes"]
    }
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        jsons = {}
        for uri, files in entries.items():
            jsons[uri] = Path(tmp) / f"{uri.lower().replace('.', '_')}_metatypes.json"
            jsons[uri].write_text(json.dumps(files, indent=4, sort_keys=True), "utf-8")
        qt = qt_metatypes()
        for uri, module in modules.items():
            folder = out.joinpath(*uri.split("."))
            folder.mkdir(parents=True, exist_ok=True)
            qmltypes = folder / module.typeinfo
            foreign = [*qt, *(j for other, j in jsons.items() if other != uri)]
            subprocess.run(
                [
                    tool("qmltyperegistrar"),
                    "--generate-qmltypes", str(qmltypes),
                    "-o", str(Path(tmp) / "registrations.cpp"),
                    "--import-name", uri,
                    "--major-version", str(module.major),
                    "--minor-version", str(module.minor),
                    "--foreign-types=" + ",".join(map(str, foreign)),
                    str(jsons[uri]),
                ],
                check=True,
            )  # fmt: skip
            qmldir = folder / "qmldir"
            lines = [
                f"module {uri}",
                "# Types registered from Python (kiosk/); generated by tools/build_qmltypes.py",
                f"typeinfo {module.typeinfo}",
                *(f"depends {other}" for other in depends(module, entries[uri], owners)),
            ]
            qmldir.write_text("\n".join(lines) + "\n", "utf-8")
            written += [qmldir, qmltypes]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything would change")
    args = parser.parse_args()
    if not args.check:
        for path in generate(QML_ROOT):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp))
        stale = [
            str(path.relative_to(tmp))
            for path in fresh
            if not (QML_ROOT / path.relative_to(tmp)).is_file()
            or (QML_ROOT / path.relative_to(tmp)).read_bytes() != path.read_bytes()
        ]
    if stale:
        print("out of date (run tools/build_qmltypes.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
