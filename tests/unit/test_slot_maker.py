"""blocks.slot_maker: the fast positional constructors give the objects the classes give."""

import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from extractor.blocks import Block, Decision, Kind, slot_maker
from extractor.classify import Features, _make_features


def test_made_objects_equal_those_of_the_class():
    values = (12, 0.25, True, None, "related", None, False, -1.5)
    assert _make_features(*values) == Features(*values)
    make = slot_maker(Decision, ("index", "keep", "rule", "stage", "text"))
    assert make(3, False, "pattern:share", "select", "Share") == Decision(3, False, "pattern:share", "select", "Share")
    block = slot_maker(Block, ("text", "kind"))("A paragraph.", Kind.HEADING)
    assert block == Block("A paragraph.", Kind.HEADING) and block.tokens == frozenset()


def test_made_objects_are_frozen_instances_of_the_class_itself():
    # made as an instance of a twin class with the same slots, then given the class
    block = slot_maker(Block, ("text", "kind"))("A paragraph.", Kind.HEADING)
    assert type(block) is Block and isinstance(block, Block)
    with pytest.raises(FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(block))
    assert again == block and hash(again) == hash(block) and type(again) is Block
    assert block.with_(text="Other.").text == "Other." and block.text == "A paragraph."


def test_classes_it_cannot_fill_are_called_by_keyword():
    @dataclass(frozen=True)
    class Plain:  # no slots
        a: int
        b: list = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self):
            if self.a < 0:
                raise ValueError("negative")

    assert slot_maker(Plain, ("a",))(1) == Plain(1)
    made = slot_maker(Checked, ("a",))
    assert made(2) == Checked(2)
    try:
        made(-1)
    except ValueError:
        pass
    else:
        raise AssertionError("__post_init__ was skipped")
