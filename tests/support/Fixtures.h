#pragma once

#include "core/domain/PlanDocument.h"

namespace duban::test {

/// A small plan of five tasks in two sections (action 一 and the guarantee section 四) with units,
/// milestones and targets — enough to exercise filters, sorting and every kind of edit.
core::PlanDocument smallPlan();

} // namespace duban::test
