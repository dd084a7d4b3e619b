"""Editor and photo credits: 责任编辑, 澎湃影像, "(Pedro PARDO/AFP)", "Image Credit:" (seeds 002, 004)."""

from .base import PatternSet, lines

#: agencies and photo desks that sign pictures
AGENCIES = (
    r"澎湃影像|视觉中国|新华社(?:记者\s*\S{1,8}\s*摄)?|中新社|中新网|IC photo|ICphoto|东方IC|图虫创意|图源网络|资料图|"
    r"AFP|AP|Reuters|Getty Images?|EPA|Shutterstock|Xinhua|Bloomberg|AP Photo|Imago|dpa|ANP|PA|Alamy"
)
#: an agency's name as a whole word: "(Natural & Chemotherapy-Induced)" or "(part 1)" hold the
#: letters of AP and PA, never the agency (patterns match case-insensitively)
AGENCY = r"(?<![a-z])(?:" + AGENCIES + r")(?![a-z])"
SET = PatternSet(
    kind="credit",
    lines=lines(
        r"[(（]?\s*(?:责任编辑|原标题|编辑|责编|主编|审核|校对|值班编辑|实习编辑|作者|记者|来源|图片来源|图源|摄影|撰文|翻译|编译|供稿)\s*[:：|丨]\s*.{0,60}",
        r"(?:image|photo|picture|photograph|video|graphic|illustration)s?\s*(?:credit|courtesy|by|source)?\s*[:：].{0,120}",
        r"(?:editor|editing|editors?'s? note)\s*[:：].{0,150}",
        r"(?:edited|reporting|writing|additional reporting|compiled|photographs?|photos?|pictures?) by\b.{0,150}",
        r".{0,200}[。.!?」”]\s*" + AGENCY + r"\s*",  # credit after the caption's full stop
        r".{0,200}[(（][^()（）]{0,40}" + AGENCY + r"[^()（）]{0,20}[)）]\s*",  # (Name/AFP)
        r".{0,200}\S/" + AGENCY + r"(?:/\S{1,20})?\s*",  # Name/AP/Getty
        r".{0,200}[（(](?:[^()（）]{1,20}\s*摄|图片来源[:：][^()（）]{1,30}|(?:photo|picture|image)[:：]?[^()]{1,40})[)）]\s*",  # （赵一鸣 摄）
        r"(?:©|copyright|\(c\))\s*.{0,100}",
        r".{0,200}[.!?]\s*©\s*[^.!?©]{1,60}",  # "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / M. B."
        r"(?:abbildung|abb\.|bild|foto|grafik)\s*(?:\d{1,3})?\s*[:：].{0,200}",  # "Abbildung: Vergleich auf ..."
        r".{0,200}\s(?:credit|photo|picture|image|foto|bild|crédito|crédit)s?\s*:\s*[^.!?。]{1,60}",  # "... Credit: Getty - Contributor"
        # "... He didn’t get it. Credit... Doug Mills/The New York Times" (a text copy's caption)
        r".{0,200}\scredit(?:\.\.\.|…)\s*[^.!?。]{1,80}",
    ),
    tokens=frozenset({
        "credit", "credits", "caption", "captions", "figcaption", "photocredit", "imagecredit",
        "editorcredit",
    }),
    max_chars=240,
)
