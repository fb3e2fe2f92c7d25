"""`Value`: the base of the small immutable values on the start-up path, written as plain classes.

A frozen dataclass compiles its methods from source when its module is imported (~0.4–0.9 ms each,
~9 ms for the sixteen that the desktop app's first window needed); these share the methods below and
write only their own `__init__`. What they keep of a frozen dataclass: fields are set once (assigning
raises AttributeError), `==` and `hash` compare the class and the fields (unless the class opts out),
a repr naming the fields, and copy/pickle.
"""

from __future__ import annotations


class Value:
    """Fields are the names in `FIELDS` (in order), kept in `__slots__`; a subclass's `__init__` sets
    them with `_set`."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()

    def _set(self, **values) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a {type(self).__name__}")

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self):
        return self.__class__, self._values()


class Identity(Value):
    """A Value compared by identity (a frozen dataclass with eq=False): reference data, whose lists
    are looked up through caches keyed by the object."""

    __slots__ = ()
    __eq__ = object.__eq__
    __hash__ = object.__hash__
