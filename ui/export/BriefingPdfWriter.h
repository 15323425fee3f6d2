#pragma once

#include "core/io/OutputFile.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QPrinter;

namespace duban::ui {

class PagedDocument;

/// Puts a laid-out briefing or notice (a PagedDocument) on paper: an A4 PDF file (QPdfWriter, fonts embedded,
/// charts as vectors) or a printer. The dialogs and the `duban brief` and `duban notice` commands all come
/// here, so their output is the same.
class BriefingPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(duban::ui::BriefingPdfWriter)
public:
    /// Writes the PDF to `path` through core::OutputFile (a temporary file renamed into place, so a failure
    /// leaves no half-written file); `options` say whether an existing file may be replaced and which files
    /// (the database) must never be. `problem`, if given, says why it failed.
    static bool write(const PagedDocument &document, const QString &path,
                      const core::OutputFile::Options &options, QString *error,
                      core::OutputFile::Problem *problem = nullptr);
    /// As above, replacing an existing file.
    static bool write(const PagedDocument &document, const QString &path, QString *error);
    /// Paints the PDF into `device` (open for writing); false if the pages could not be drawn.
    static bool write(const PagedDocument &document, QIODevice *device);
    /// Prints every page on `printer` (full page, A4, scaled from the document's 300 dpi).
    static bool print(const PagedDocument &document, QPrinter *printer);

private:
    static bool paint(const PagedDocument &document, QPagedPaintDevice *device, qreal resolution);
};

} // namespace duban::ui
