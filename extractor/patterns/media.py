"""Photo galleries, slideshows and video players around a story: their captions and controls are
not the story ("1/50", "Embed", "Video Quality"), however many sentences the captions hold."""

from .base import PatternSet, lines

SET = PatternSet(
    kind="media",
    lines=lines(
        r"\d{1,3}\s*/\s*\d{1,3}",  # a slideshow's counter: "1/50", "1 / 5"
        r"(?:image|photo|picture|slide)\s+\d{1,3}\s*(?:of|/|of\s*/)\s*\d{1,3}",  # ... in words: "Image 1 of 5", "Image 1 of / 5"
        # a player's and a gallery's labels alone on a line: "Video", "Caption", "Thanks for
        # watching! Visit Website" (scrapinghub-aeb.text eb62ac84, e1cd54e5, a6968f42; dragnet R351)
        r"(?:video|caption|thanks for watching!?(?:\s*visit website)?|click (?:the )?(?:photo|image|picture) to enlarge)",
        r"(?:embed|video quality|play video|watch video|replay|autoplay|full ?screen|next slide|previous slide)",
        r"(?:图集|组图|播放|重播|全屏|上一张|下一张)",
        # a player's (or a widget's) placeholder while it loads: "正在加载...", "Loading…"
        r"(?:loading|正在加载|加载中|載入中|読み込み中|cargando|carregando|chargement)\s*(?:\.\.\.|…|……)?",
        r"(?:please )?(?:turn on|enable) javascript\b.{0,80}|media requires javascript to play\.?",  # a player's noscript
    ),
    tokens=frozenset({
        # not "slider" or "carousel": landing pages slide their own text through those
        "gallery", "slideshow", "lightbox", "filmstrip", "videoplayer", "video_player", "jwplayer", "vjs",
        # a chart drawn by ai2html (newsrooms' Illustrator export): its axis labels and figures
        # are set one by one over the picture ("$915", "billion", "’18", "RECESSIONS"); a newsroom's
        # interactive box ("interactive-embedded"), its chart's lead-in and labels (one around a
        # table of figures names no media: classify.element_flags)
        "ai2html", "interactive",
    }),
)
