package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.paging.PageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Needs. Posting, changing and cancelling: the referents of the need's (partner) commune. Reading and listing: those
 * referents (their commune's needs) and coordinators (all).
 */
@RestController
class NeedController {

    private final Needs needs;

    NeedController(Needs needs) {
        this.needs = needs;
    }

    @PostMapping("/api/communes/{insee}/needs")
    ResponseEntity<NeedView> post(@PathVariable String insee, @Valid @RequestBody PostNeedRequest request) {
        Need need = needs.post(insee, request);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/needs/{id}")
                .buildAndExpand(need.id()).toUri()).body(NeedView.of(need));
    }

    @GetMapping("/api/needs")
    PageView<NeedView> needs(@RequestParam(required = false) String commune,
            @RequestParam(required = false) NeedStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageView<Need> found = needs.listFor(commune, status, page, size);
        return new PageView<>(found.items().stream().map(NeedView::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    @GetMapping("/api/needs/{id}")
    NeedView need(@PathVariable String id) {
        return NeedView.of(needs.read(id));
    }

    @PatchMapping("/api/needs/{id}")
    NeedView update(@PathVariable String id, @Valid @RequestBody UpdateNeedRequest request) {
        return NeedView.of(needs.update(id, request));
    }

    @PostMapping("/api/needs/{id}/cancel")
    NeedView cancel(@PathVariable String id, @Valid @RequestBody CancelNeedRequest request) {
        return NeedView.of(needs.cancel(id, request));
    }
}
