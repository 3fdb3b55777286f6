"""Frozen, slotted value classes with their methods written out: the base of the model.

``@dataclass(frozen=True, slots=True)`` writes each class's methods as source text and
compiles them when the module is imported, and importing :mod:`dataclasses` loads
:mod:`inspect` (with :mod:`ast`, :mod:`dis`, :mod:`tokenize`...): together most of the cost
of importing :mod:`herald_tui.model`, and so of the quotation extractor every article parser
imports. Here the methods are written once, in :class:`Frozen`; each model class lists its
fields in ``__slots__`` and writes its ``__init__``.

At run time a subclass behaves as the frozen dataclass it declares itself to a type checker
(see :mod:`herald_tui.model`): equality and hashing by its fields in order, the same repr,
assignment and deletion raising :class:`dataclasses.FrozenInstanceError`, ``__match_args__``,
copy and pickle, and :func:`dataclasses.fields`, :func:`dataclasses.replace`,
:func:`dataclasses.asdict` and :func:`dataclasses.is_dataclass` working: the
``__dataclass_fields__`` and ``__dataclass_params__`` they read are made on first use, by
:mod:`dataclasses` itself, from the class's annotations and ``__init__`` defaults.
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing is what this module avoids
if TYPE_CHECKING:
    from collections.abc import Callable
    from dataclasses import dataclass as value_class
    from typing import Any, NoReturn
else:

    def value_class(**_options: object) -> object:
        """``dataclasses.dataclass`` to a type checker, which checks a :class:`Frozen`
        subclass as the frozen dataclass it declares; at run time nothing: no methods to
        generate and compile (about 4.7 million instructions a class, docs/PERFORMANCE.md)."""
        return _unchanged

    def _unchanged(cls: type) -> type:
        return cls


__all__ = ["Frozen", "value_class"]


class _DataclassAttribute:
    """``__dataclass_fields__`` or ``__dataclass_params__`` of a :class:`Frozen` subclass,
    made when first read (by :mod:`dataclasses`, which is loaded by then) and then stored on
    the class itself."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type[Any]) -> Any:
        twin = _twin(owner)
        for name in ("__dataclass_fields__", "__dataclass_params__"):
            setattr(owner, name, getattr(twin, name))
        return getattr(owner, self.name)


def _twin(cls: type[Any]) -> type[Any]:
    """A frozen dataclass with the fields of ``cls``: same names, order, annotations and
    defaults (read from ``cls.__init__``), and the metadata in ``cls._field_metadata``
    (a mapping of field name to metadata), if any."""
    import dataclasses

    names: tuple[str, ...] = cls.__match_args__
    defaults: tuple[Any, ...] = cls.__init__.__defaults__ or ()
    namespace: dict[str, Any] = {
        "__annotations__": {name: cls.__annotations__[name] for name in names},
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
    }
    namespace.update(zip(names[len(names) - len(defaults) :], defaults, strict=True))
    # A field's metadata (the settings' documentation and ranges), if the class has any.
    metadata: dict[str, Any] = getattr(cls, "_field_metadata", {})
    for name, meta in metadata.items():
        default = namespace.get(name, dataclasses.MISSING)
        namespace[name] = dataclasses.field(default=default, metadata=meta)
    return dataclasses.dataclass(frozen=True)(type(cls.__name__, (), namespace))


def _frozen_error(what: str, name: str) -> Exception:
    from dataclasses import FrozenInstanceError  # loaded only when something tries

    return FrozenInstanceError(f"cannot {what} field {name!r}")


class Frozen:
    """Base of a frozen value class whose ``__match_args__`` name its fields in order (at
    least one), whose ``__slots__`` are the same names and whose ``__init__`` sets each field
    with ``object.__setattr__``."""

    __slots__ = ()
    __dataclass_fields__ = _DataclassAttribute("__dataclass_fields__")
    __dataclass_params__ = _DataclassAttribute("__dataclass_params__")
    if TYPE_CHECKING:
        __match_args__: tuple[str, ...]
        _values: Callable[[Any], tuple[Any, ...]]

    def __init_subclass__(cls) -> None:
        first, *rest = cls.__match_args__
        if rest:
            cls._values = attrgetter(first, *rest)  # the fields as a tuple, read in C
        else:  # one field: attrgetter would give the value itself, not a 1-tuple
            cls._values = staticmethod(lambda obj, get=attrgetter(first): (get(obj),))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == self._values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise _frozen_error("assign to", name)

    def __delattr__(self, name: str) -> NoReturn:
        raise _frozen_error("delete", name)

    def __getstate__(self) -> tuple[Any, ...]:
        return self._values(self)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__match_args__, state, strict=True):
            object.__setattr__(self, name, value)
