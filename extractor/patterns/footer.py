"""Original-link footers and page footers: 原文链接, "Source URL", copyright lines (seed 002)."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="footer",
    lines=lines(
        r"(?:原文链接|原文地址|原文网址|本文链接|文章链接|原文|来源链接|转载请注明|source url|original (?:link|url|article)|source|quelle|fuente|fonte|permalink|link to this article)\s*(?:[（(][^）)]{0,20}[)）])?\s*[:：].{0,300}",
        r"(?:all rights reserved|版权所有|本网站|本站).{0,150}",
        # a platform's disclaimer under every story: "声明：该文观点仅代表作者本人，搜狐号系信息发布平台..."
        r"(?:特别)?(?:声明|免责声明|聲明)\s*[:：].{0,80}(?:仅代表作者|僅代表作者|不代表本|信息发布平台|信息存储空间|不构成投资建议).{0,150}",
        r".{0,60}(?:all rights reserved|版权所有|保留所有权利).{0,60}",
        # a page's copyright line, opened by its mark and year: "© 2005 Stand to Reason | 1438 East
        # 33rd Street ...", "(C) Copyright 2004 from ...", "Copyright 1996-2006, IGN Entertainment";
        # not an agency's notice under its story ("Copyright 2008 The Associated Press. All rights
        # reserved. This material may not be published ..."), which l3s-gn1's gold keeps
        r"(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\)|copyright)\s*)?(?:19|20)\d\d\b(?!.*\ball rights reserved\b).{0,280}",
        r"(?:terms of (?:use|service)|privacy policy|cookie policy|contact us|about us|关于我们|联系我们|隐私政策|免责声明|网站地图|广告服务)\s*(?:[|·]\s*(?:[^|·\s](?:[^|·\n]{0,28}[^|·\s])?\s*)?)*",
        # a blog engine's post footer: "This entry was posted on March 3, 2008 at 7:14 pm and is
        # filed under ... You can follow any responses to this entry through the RSS 2.0 feed."
        r"this (?:entry|post) was posted (?:on|in|by)\b.{0,300}",
        # the same in German: "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit
        # ...", "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter ..."
        r"(?:dieser (?:eintrag|beitrag|artikel) wurde|erstellt am)\b.{0,120}\b(?:veröffentlicht|abgelegt|verschlagwortet|kategorisiert)\b.{0,300}",
        # a disclaimer under a table of figures: "(Alle Angaben ohne Gewähr)"
        r"[(（]?(?:alle |sämtliche )?angaben ohne gewähr\.?[)）]?",
        # a publisher's notice under every story: "This document is subject to copyright. Apart from
        # any fair dealing ...", and its cite-this-page line "Citation: <title> (2019, November 18)
        # retrieved 20 November 2019 from https://..."
        r"this (?:document|article|story|material|content) is (?:subject to|protected by) copyright\b.{0,300}",
        r"citation\s*:.{0,200}\bretrieved\b.{0,120}",
        # a publisher's notices under a story: "The opinions expressed in this release are those of
        # the organization issuing it ...", "This post was written by X. You can visit the Author
        # Archive ...", "... this work is licensed under a Creative Commons License ...", a press
        # release's "For further information: ..." (l3s-gn1 1e3a9cbb, 92474c42; dragnet R564,
        # R448, T164)
        r"the (?:opinions|views) expressed (?:in this .{0,40})?are (?:solely )?(?:those|the opinions?|the views?) of .{0,160}",
        r"this (?:post|article|story) was written by .{1,200}",
        r".{0,100}licensed under a creative commons.{0,200}",
        # a page's notes on its own files and reuse: "... You will need Acrobat Reader (a free
        # application) to view and print these documents.", "No permission is needed to reprint this
        # article in whole or in part." (cleaneval final-322, final-743)
        r".{0,160}\byou (?:will )?need (?:the )?(?:free )?(?:adobe )?acrobat reader\b.{0,160}",
        r"no permission is (?:needed|required) to reprint\b.{0,120}",
        # a directory's disclaimer: "Please Remember: A listing on this site does not constitute a
        # recommendation of goods or services." (cleaneval final-717)
        r"(?:please (?:remember|note)\s*:\s*)?(?:a |the )?(?:listing|link|inclusion) (?:on|in) this (?:site|website|directory) does not (?:constitute|imply)\b.{0,120}",
        r"for (?:further|more) information\s*:.{0,200}",
        # each part between separators is read one way only: with `.{0,30}` a part could hold
        # separators and spaces could go to either side, and a long line took minutes to fail
    ),
    tokens=frozenset({"footer", "colophon", "copyright", "sitefooter", "pagefooter", "globalfooter",
                      "disclaimer", "disclaimers", "disclosures", "fineprint"}),
    max_chars=320,
)
