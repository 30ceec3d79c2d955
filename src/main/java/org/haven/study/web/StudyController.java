package org.haven.study.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.study.Study;
import org.haven.study.StudyManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The study's figures over HTTP. */
@RestController
@RequestMapping("/api/study")
@Tag(name = "Study", description = "The 1948 study's figures computed from the case records, beside the paper's own")
class StudyController {

    private final StudyManagement studies;

    StudyController(StudyManagement studies) {
        this.studies = studies;
    }

    @GetMapping
    @Operation(
            summary = "Every figure with its value, the defectors behind it, their passages and the paper's own figure")
    Study study() {
        return studies.study();
    }
}
