import Testing

@testable import ArticleParsing

/// A messenger channel's post saved as an article: the channel's name with its icon, the call to
/// subscribe by the channel's link, the bot that takes readers' news.
@Suite struct ChannelPostTests {
    private let frame = StoryFrame()

    @Test func theChannelsNameLinkAndBotGo() throws {
        let kept = try self.frame.kept([
            "Приозерськ Онлайн 🇺🇦", "Транспорт Северогорска 🚇", "Harbour News ⚓️",
            "Підписатися на канал 👉 t.me/priozersk_online", "Надіслати новину: @priozersk_news_bot",
            "Прислать новость: @transport_sev_bot", "Folgen Sie uns: t.me/hafenblatt",
        ])
        #expect(kept.isEmpty)
    }

    /// The name glued to a ` date …` prefix is the channel's, not a dek: the next line is the headline.
    @Test func aChannelsNameAfterTheDatePrefixIsNoDek() throws {
        let post = """
             date 2025-03-17 Транспорт Северогорска 🚇
            Станцию «Парковая» закроют на реконструкцию до октября

            С 1 апреля станция «Парковая» закроется на реконструкцию, сообщили в пресс-службе метрополитена.

            """
        let article = try self.frame.parse(post)
        #expect(article.title == "Станцию «Парковая» закроют на реконструкцию до октября")
        #expect(article.paragraphs.count == 1)
    }

    /// A story's lines that name a channel's link or end with a rating's stars stay, and so does a
    /// sentence that ends with an icon.
    @Test func storiesNamingChannelsStay() throws {
        let lines = [
            "The ministry's channel t.me/health_updates posted the warning twice on Tuesday, officials said.",
            "★★★★☆",
            "Переможці отримали кубок і грамоти, а вболівальники — свято 🎉",
            "Мэр ответил жителям в своём канале: t.me/mayor_office.",
            // ("email" is a network's name; "subscribers" no follow verb.)
            "Subscribers to the town’s paperless billing service will be notified by email in April.",
        ]
        #expect(try self.frame.kept(lines) == lines)
    }
}
