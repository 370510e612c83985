import Testing

@testable import ArticleParsing

/// What a batch of debris-heavy pages (held-out-38) showed: markers with their notes in new wordings,
/// a teaser heading or a live marker with its line on one row, teaser blocks' headings, a newsletter's
/// masthead and contents, polls and buttons under their boxes, codes to type, credits without their
/// colon, breadcrumbs of slashes, a section's name over the date line; each with a story's look-alike.
@Suite struct DebrisHeavyPageTests {
    let frame = StoryFrame()

    @Test func markersAndTheirNotesAreDebris() throws {
        let lines = [
            "PUBLICITÉ · La suite après cette annonce", "PUBLICIDAD · Sigue leyendo",
            "Continúa leyendo tras el anuncio",
            "Рекламне оголошення", "Слухати новину",
            "RELATED | Skerrabra replacement “at least three years away”, council admits",
            "EN DIRECTO | Sigue la rúa de las campeonas desde las 19.00",
            ">> Lire également : Sécheresse : l’arrêté de restriction levé dans le nord du département",
            "Читать по теме: Зима в регионе оказалась самой тёплой за полвека",
            "Також читайте: Громада отримала новий шкільний автобус",
            "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von Instagram. Zum Anzeigen müssen Sie der Datenübertragung zustimmen.",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = [
            "Sigue leyendo el informe quien quiera entender por qué el consumo bajó un 9 %, dijo la concejala.",
            "Live | Work | Play: the slogan on the developer's hoardings promises all three in one block.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTeaserBlockMayBeHeadedMoreInItsSection() throws {
        let text = """
            County closes three library branches

            The county board voted 4-1 on Tuesday to close three branch libraries by the end of June.

            More in Local News
            Wexmoor school board names interim superintendent
            Ostend Heights bakery marks 60 years on Front Street

            Sponsored Stories
            Doctors are stunned by this one simple kitchen habit
            Lakeshore homeowners are switching to this roof coating
            """
        let article = try self.frame.parse(text)
        #expect(
            article.paragraphs == [
                "The county board voted 4-1 on Tuesday to close three branch libraries by the end of June."
            ]
        )
    }

    @Test func aNewslettersMastheadIsNoTitle() throws {
        let text = """
            THE SALTMARSH DISPATCH - Issue No. 212
            IN THIS ISSUE: Oyster reef finished / Terns return / Tides

            Volunteers on the Brackenmouth estuary have finished laying 4,000 bags of recycled oyster shell.

            Sponsored by Kestrel Marine Supply: 10% off waders with code SALT10

            Early results are encouraging.
            """
        let article = try self.frame.parse(text)
        #expect(article.title == nil)
        #expect(article.paragraphs.count == 2)
        #expect(!Boilerplate.isMastheadWithIssue(Array("the issue came up in court, 212".utf8)))
        let story = "Residents can enter the draw with code words printed in the parish newsletter, the vicar said."
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func pollsAndButtonsUnderTheirBoxesAreDebris() throws {
        let text = """
            Parking fees double in the centre

            The council doubled parking fees in the centre on Monday.

            Poll: Who was your Ashgrove sports star of the season? Cast your vote

            ОПРОС: Как вы добираетесь до центра? Автомобиль · Автобус · Пешком · Велосипед
            Голосовать

            Apúntate a nuestro boletín cultural: cada viernes, la agenda del fin de semana.
            Quiero recibirlo

            The money will go to repairing pavements, the council said.
            """
        let article = try self.frame.parse(text)
        #expect(
            article.paragraphs == [
                "The council doubled parking fees in the centre on Monday.",
                "The money will go to repairing pavements, the council said.",
            ]
        )
        let story = "Poll workers counted through the night: the result was announced at 6 a.m."
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func creditsWithoutTheirColonAndBreadcrumbsOfSlashes() throws {
        #expect(Boilerplate.isCaption("Le château d’eau de la rue des Tanneurs, construit en 1931. Photo É. Garnier"))
        #expect(!Boilerplate.isCaption("He kept the picture for years. Photo albums filled the attic."))
        #expect(Boilerplate.isSectionPath("Cultura / Libros / Feria del Libro 2025"))
        #expect(!Boilerplate.isSectionPath("Rock / Pop"))
    }

    @Test func aSectionsNameOverTheDateLineGoes() throws {
        let text = """
            Title: Музей вновь открылся после реставрации
            Author: Екатерина Воронова

            Культура
            11.04.2025, 14:20

            После четырёх лет реставрации в Листвянске вновь открылся краеведческий музей.
            """
        let article = try self.frame.parse(text)
        #expect(
            article.paragraphs == ["После четырёх лет реставрации в Листвянске вновь открылся краеведческий музей."]
        )
    }
}
