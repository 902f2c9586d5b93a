// The printable report of a workspace: one self-contained HTML page with the
// roster, the organisation's metrics, the archetype assessments and the plan
// (with the simulation's dates when a result for this plan exists). The canvas
// is invisible to screen readers; this page is plain, semantic HTML (headings,
// tables with header cells and captions, lists), readable by them and printable.
#pragma once
#include <cstdint>
#include <string>

#include "model/content.h"
#include "model/dates.h"
#include "model/workspace.h"
#include "sim/engine.h"

namespace mlt {

// `result` is the simulation of exactly this workspace's plan, or null.
std::string WorkspaceReportHtml(const Workspace& ws, const Content& content, const SimResult* result,
                                const Date& plan_start, int64_t now_ms);

}  // namespace mlt
