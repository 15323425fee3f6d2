#include "BriefingPdfWriter.h"

#include "BriefingDocument.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace duban::ui {

bool BriefingPdfWriter::paint(const BriefingDocument &document, QPagedPaintDevice *device, qreal resolution)
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

bool BriefingPdfWriter::write(const BriefingDocument &document, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(BriefingDocument::kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setCreator(QStringLiteral("Duban"));
        writer.setTitle(tr("Briefing"));
        if (!paint(document, &writer, BriefingDocument::kDpi)) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool BriefingPdfWriter::print(const BriefingDocument &document, QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                       QPageLayout::Millimeter));
    return paint(document, printer, printer->resolution());
}

} // namespace duban::ui
