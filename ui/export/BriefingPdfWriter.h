#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace duban::ui {

class BriefingDocument;

/// Puts a laid-out briefing on paper: an A4 PDF file (QPdfWriter, fonts embedded, charts as vectors) or a
/// printer. The dialog and the `duban brief` command both come here, so their output is the same.
class BriefingPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::BriefingPdfWriter)
public:
    /// Writes the PDF to `path` (through a temporary file, so a failure leaves no half-written file).
    static bool write(const BriefingDocument &document, const QString &path, QString *error);
    /// Prints every page on `printer` (full page, A4, scaled from the document's 300 dpi).
    static bool print(const BriefingDocument &document, QPrinter *printer);

private:
    static bool paint(const BriefingDocument &document, QPagedPaintDevice *device, qreal resolution);
};

} // namespace duban::ui
