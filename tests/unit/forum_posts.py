"""Three posts of a woodworking forum's thread: the story of the container tests (test_select*.py)."""

POSTS = [
    "Hello all, I am new here and keen to get into woodworking properly. At the moment I only have a "
    "jigsaw, a circular saw, a drill and an orbital sander. Does anyone have a good first project?",
    "Pretty much everything needs a table saw. With what you already have, quite a bit can be done: "
    "rough cut a curve with the jigsaw, then smooth it with the sander, and ease the top edges.",
    "Think small and work your way up. Nothing is more discouraging than spending a few hundred on "
    "material and finding things did not work out as you planned, so enjoy the journey.",
]
