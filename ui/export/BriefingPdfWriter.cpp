#include "BriefingPdfWriter.h"

#include "BriefingDocument.h"

#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace duban::ui {

bool BriefingPdfWriter::paint(const PagedDocument &document, QPagedPaintDevice *device, qreal resolution)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal scale = resolution / BriefingDocument::kDpi;
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);
        document.paintPage(&painter, page);
        painter.restore();
    }
    return painter.end();
}

bool BriefingPdfWriter::write(const PagedDocument &document, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setResolution(BriefingDocument::kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setCreator(QStringLiteral("Duban"));
    const QString title = document.documentTitle();
    writer.setTitle(title.isEmpty() ? tr("Briefing") : title);
    return paint(document, &writer, BriefingDocument::kDpi);
}

bool BriefingPdfWriter::write(const PagedDocument &document, const QString &path,
                              const core::OutputFile::Options &options, QString *error,
                              core::OutputFile::Problem *problem)
{
    core::OutputFile file(path, options);
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        if (problem)
            *problem = file.problem() == core::OutputFile::Problem::None ? core::OutputFile::Problem::Failed
                                                                         : file.problem();
        return false;
    };
    if (!file.open())
        return failed(file.errorString());
    if (!write(document, file.device())) {
        file.cancel();
        return failed(
            tr("Cannot write %1: the pages could not be drawn.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return failed(file.errorString());
    if (problem)
        *problem = core::OutputFile::Problem::None;
    return true;
}

bool BriefingPdfWriter::write(const PagedDocument &document, const QString &path, QString *error)
{
    core::OutputFile::Options options;
    options.overwrite = true;
    return write(document, path, options, error);
}

bool BriefingPdfWriter::print(const PagedDocument &document, QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                       QPageLayout::Millimeter));
    return paint(document, printer, printer->resolution());
}

} // namespace duban::ui
