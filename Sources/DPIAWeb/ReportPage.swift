import DPIAKit
import Hummingbird

/// The formats a report is downloaded in.
enum DownloadFormat: String, CaseIterable, Sendable {
    case md, json, docx

    var contentType: String {
        switch self {
        case .md: "text/markdown; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
    }
}

extension Pages {
    // MARK: - Report

    func report(_ file: String) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let base = "/a/" + urlEncoded(file)
        var downloads = [
            H.a(base + "/report.md", t(.downloadMarkdown), [("download", "")]),
            H.a(base + "/report.json", t(.downloadJSON), [("download", "")]),
        ]
        if server.converter != nil {
            downloads.append(H.a(base + "/report.docx", t(.downloadDOCX), [("download", "")]))
        }
        let report = MarkdownReport(assess(loaded), language: language)
        let body: [HTMLNode] =
            [
                H.el("nav", [("aria-label", t(.downloads))], [H.ul(downloads)])
            ] + ReportHTML.render(report)
        return Self.html(page(t(.report), nav: nav(file), body: body))
    }

    func download(_ file: String, as format: DownloadFormat) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let assessment = assess(loaded)
        let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : String(file.dropLast(4))
        let bytes: [UInt8]
        switch format {
        case .md:
            bytes = Array(MarkdownReport(assessment, language: language).render().utf8)
        case .json:
            guard let rendered = try? JSONReport(assessment).render() else {
                return problemPage(.refused(t(.jsonCannotBeMade)), file: file)
            }
            bytes = Array(rendered.utf8)
        case .docx:
            guard let converter = server.converter else { return problemPage(.missing, file: stem + ".docx") }
            do {
                bytes = try converter(MarkdownReport(assessment, language: language).render())
            } catch {
                return problemPage(.refused(t(.docxCannotBeMade("\(error)"))), file: file)
            }
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: format.contentType,
                .contentDisposition: "attachment; filename=\"\(stem)-report.\(format.rawValue)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
