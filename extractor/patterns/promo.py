"""Self-promotion: newsletter sign-ups, app downloads, follow-us and subscribe prompts (seed 000)."""

from .base import PatternSet, lines

#: the networks a follow prompt names
_NETWORKS = r"(?:facebook|twitter|instagram|youtube|linkedin|tiktok|pinterest|threads|x)"

SET = PatternSet(
    kind="promo",
    lines=lines(
        r"(?:sign up|subscribe|get|join|download|install|receive)\b.{0,40}\b(?:newsletters?|apps?|alerts|updates|briefings?|inbox|podcasts?|headlines|editions?)\b.{0,80}",
        r".{0,80}\b(?:download|install|get) (?:the|our) (?:[\w-]+ ){0,3}apps? for\b.{0,60}",
        # the same prompts in German and Spanish: "Werden Sie Mitglied ...", "Melde dich hier für
        # unseren Newsletter an!", "Hazte miembro y disfruta de beneficios exclusivos"
        r"(?:werden sie|werde|jetzt) mitglied\b.{0,120}|(?:hazte|hágase|hacete) (?:miembro|socio|suscriptor)\b.{0,120}|suscr[ií]bete\b.{0,120}",
        r".{0,150}\b(?:melde dich|melden sie sich)\b.{0,40}\bnewsletter\b.{0,20}|newsletter (?:abonnieren|bestellen)\b.{0,60}",
        r"(?:advertisement|advertising|advert|ad|sponsored|sponsored content|promoted|广告|推广|赞助内容|scroll to continue with content|story continues below(?: advertisement)?)",
        r"(?:扫码|扫描二维码|长按二维码|下载|关注|订阅).{0,30}(?:app|APP|客户端|公众号|微信|微博|频道|newsletter).{0,40}",
        r"(?:click here|tap here|点击这里|点击查看|点击进入).{0,80}",
        r"(?:subscribe|sign up)(?: now)?\s+no,? thanks|(?:please,? )?fill (?:in )?the form to subscribe.{0,60}|you have (?:successfully|succesfully) subscribed.{0,60}|stay up to date with .{1,40}",
        r"(?:this (?:article|story) (?:is|was) (?:available|published|originally)).{0,120}",
        # follow and subscribe prompts under a story: "Follow @nytimesworld for international
        # breaking news and headlines." (dragnet 272), "Follow Newsbeat on Instagram, Facebook,
        # Twitter and YouTube.", "Subscribe to WIRED and stay smart with ...", "If you enjoyed this
        # article, enter your email below ...", "Don't miss a post! Subscribe to our newsletter ..."
        r"follow @[\w.]+ (?:on \w+ )?(?:for|to)\b.{0,200}",
        r"follow (?:us|@?[\w.'’-]+(?: [\w.'’-]+){0,2}) on " + _NETWORKS + r"(?:(?:,| and|, and) " + _NETWORKS + r")*\.?",
        r"subscribe (?:to|for)\b.{0,150}",
        r"if you (?:enjoyed|liked|like|love|loved) this (?:article|post|story|blog post|recipe|page)(?=[\s,.!:;]|$).{0,150}",
        r"(?:don'?t|don’t|never) miss (?:a|another|any) (?:post|story|update|thing|article)\b.{0,160}",
        # "Connect With Us on Twitter", "Become a fan of CNNOpinion", "Sign-up To The Newsletter And
        # Get A Free eBook", "Start Receiving PR-inside.com News Headlines per email." (dragnet 272,
        # R564, R812; l3s-gn1 111aecd5)
        r"connect with us on .{1,60}|become a fan of .{1,60}|sign-up to .{0,40}newsletter.{0,60}|stay up to date on .{0,200}",
        r"(?:start )?receiv(?:e|ing) .{0,60}\b(?:headlines|news|updates|alerts)\b.{0,20}\b(?:per|by|via) e-?mail\.?",
        # "Register your email address to receive Amanda's free Unit Study Newsletter:", "Enter your
        # email address below to join Precepts, our free weekly policy watch newsletter." (cleaneval
        # final-777, final-337)
        r"(?:register|enter|submit) your e-?mail(?: address)?\b.{0,60}\bnewsletters?\b.{0,60}",
        # a shop's tile lines: "From USD $108.91", "Special Offer!", "Duration: 10 hours (approx.)
        # Departs from: London, England Add to my wishlist" (cleaneval final-757)
        r"(?:from|only|now|price)(?:\s*:)?\s*(?:(?:usd|us|eur|gbp|aud|cad)\s*)?[$€£]\s*\d[\d,]*(?:\.\d\d)?|special offer!?",
        r".{0,160}\badd to (?:my )?(?:wish ?list|cart|basket|shopping (?:cart|bag))",
        # "When news happens: send photos, videos & tip-offs to ...", "Publish Your Article! Please
        # send it to ...", "Advertise on this site! Contact ...", "Add this widget" (l3s-gn1 8f167db5,
        # d0326819, 4ef56518, bc04e8f8, d35ceaa6)
        r"when (?:news|you see news) happen(?:s|ing)\s*:.{0,160}|(?:publish your article|advertise on this site)!.{0,100}|add this widget",
        # a sign-up box's labels alone on a line: "Subscribe Now", "Newsletters", "Most recent
        # newsletter", "... Get top news in your inbox daily" (scrapinghub-aeb.text bdb56ac8, c90731f0)
        r"subscribe now!?|(?:most recent |our |free )?newsletters?|.{0,60}get top news in your inbox.{0,40}",
        # cookie and consent notices (scrapinghub-aeb.text 30b771a4)
        r"(?:this (?:web)?site|we|our (?:web)?site)(?: and (?:our|its) partners)? uses? cookies.{0,600}",
        r"(?:we use cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:web)?site|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|本网站使用cookie|我们使用cookie).{0,400}",
    ),
    tokens=frozenset({
        "selfpromo", "promo", "promotion", "newsletter", "subscribe", "subscription", "signup",
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "sponsor", "sponsored",
        "banner", "gpt", "dfp", "adslot", "adunit", "paywall", "piano", "cta",
        "popup", "modal", "overlay", "cookie", "cookies", "consent", "gdpr",
        # the keyword copy under a shop's product grid ("category-seo-text", "seoContainer")
        "seo", "seotext", "seocontent", "seocontainer",
    }),
    max_chars=700,
)
