"""A recipe's ingredients and nutrition facts, set beside its method, are the recipe's: their short
lines vote for no container, so they join the method's container by their class words."""

from extractor import extract


def test_ingredients_and_nutrition_beside_the_method_are_kept():
    steps = "".join(
        f"<p>Step {k}: stir the pudding powder, the sugar and the milk until smooth, bring it to the boil, "
        f"then let it simmer for a minute, pour it into a bowl and leave it to cool, covered.</p>"
        for k in range(4))
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/cakes'>Cakes</a></nav>"
        "<article class='recipe'><h1>Snow White cake</h1>"
        "<section class='ingredients'><ul><li>1 packet vanilla pudding powder</li><li>350 g sugar</li>"
        "<li>500 ml milk</li><li>Cling film</li></ul></section>"
        f"<div class='preparation'>{steps}</div>"
        "<div class='nutrients'><ul><li>390 kcal</li><li>8 g protein</li></ul></div>"
        "<div class='related'><a href='/a'>Another cake</a> <a href='/b'>Yet another cake</a></div>"
        "</article><footer><p>Copyright 2024, All rights reserved.</p></footer></body></html>"
    )
    text = extract(page, extractor="full").text
    assert "1 packet vanilla pudding powder" in text
    assert "Cling film" in text
    assert "Step 3: stir the pudding" in text
    assert "390 kcal" in text
    assert "Another cake" not in text
