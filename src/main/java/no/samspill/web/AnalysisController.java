package no.samspill.web;

import no.samspill.pathway.PathwayStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The analyst's start page: aggregated figures only; no person-level data is reachable from this role. */
@Controller
class AnalysisController {

    private final PathwayStatistics statistics;

    AnalysisController(PathwayStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/analyse")
    String analysis(Model model) {
        model.addAttribute("cells", statistics.byClinicAndState());
        model.addAttribute("suppressBelow", PathwayStatistics.SUPPRESS_BELOW);
        return "analysis";
    }
}
