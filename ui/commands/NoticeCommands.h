#pragma once

#include "core/domain/Loop.h"
#include "core/domain/SupervisionRecord.h"
#include "StoreCommand.h"

#include <QList>

#include <memory>

namespace duban::ui {

/// A notice as the window issued it: filled in by the command's first apply (its id and number, the records
/// written), kept across undo and redo so that redo puts back the same notice with the same number.
struct IssuedNotice
{
    core::Notice notice; ///< prepared (NoticeService::prepare) before the first apply
    QList<core::SupervisionRecord> records;
    bool issued = false; ///< applied now (not undone)
};

/// Issues a numbered notice and its records (OpenLedger::issueNotice); undo removes them, redo puts the same
/// notice back. The caller keeps `state` to read the number and render the document.
StoreCommand *issueNotice(core::OpenLedger *store, std::shared_ptr<IssuedNotice> state);

} // namespace duban::ui
