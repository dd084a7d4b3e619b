"""A newsroom's interactive box set into a story holds a chart, whose lead-in and labels are the
picture's, not the story's ("Annual interest payments ... are expected to triple"); one around a
table of figures (its header row of <th> cells) holds the story's data, and is read."""

from extractor import extract

BODY = "".join(
    f"<p>Paragraph {k}: the deficit is expected to total nearly a trillion dollars next year, the "
    f"first time it has been that big since the economy was still struggling to recover.</p>" for k in range(4))


def _page(box: str) -> str:
    return (f"<html><head><title>Interest on the debt</title></head><body><article>"
            f"{BODY[:len(BODY) // 2]}{box}{BODY[len(BODY) // 2:]}</article></body></html>")


def test_a_charts_lead_in_stays_out():
    box = ("<section class='interactive-embedded custom-graphic-container'><header class='interactive-header'>"
           "<p class='interactive-leadin'>Annual interest payments on the national debt are expected to "
           "triple over the next decade.</p></header><div class='chart'>$915 billion</div></section>")
    text = extract(_page(box), extractor="full").text
    assert "Paragraph 3" in text
    assert "Annual interest payments" not in text


def test_a_table_of_figures_in_an_interactive_box_is_read():
    rows = "".join(f"<tr><td>DL</td><td>Player {k}</td><td>{60 + k}</td><td>{k} tackles</td></tr>" for k in range(3))
    box = ("<div class='c-interactive-table'><h3>Defensive Line</h3><table><thead><tr><th>Pos</th>"
           f"<th>Player</th><th>Plays</th><th>Stats</th></tr></thead><tbody>{rows}</tbody></table></div>")
    text = extract(_page(box), extractor="full").text
    assert "Defensive Line" in text and "Player 2" in text
