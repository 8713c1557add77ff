package fr.heurecivique.web.dashboard;

import fr.heurecivique.web.api.ApiProblem;
import fr.heurecivique.web.api.ApiUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * "Tableau de bord" ({@code /tableau-de-bord}): the scheme's figures for everyone; for coordinators and the
 * Département's administrators, the detailed ones too. Every chart is drawn on the server in SVG
 * (dashboard/charts.html) with its data table and a CSV download ({@code /tableau-de-bord/<nom>.csv}); the detailed
 * downloads are refused to anyone else.
 */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);
    private static final Set<String> STAFF_ROLES = Set.of("ROLE_COORDINATOR", "ROLE_ADMIN");

    private final DashboardApi api;

    DashboardController(DashboardApi api) {
        this.api = api;
    }

    @GetMapping("/tableau-de-bord")
    String dashboard(Model model, jakarta.servlet.http.HttpServletResponse response) {
        boolean staff = isStaff();
        model.addAttribute("staff", staff);
        try {
            var stats = api.stats();
            model.addAttribute("overview", Dashboard.publicPart(stats, api.communeMap(), api.communeFigures()));
            if (staff) {
                model.addAttribute("detailed", Dashboard.detailedPart(stats, api.monthly(), api.volunteerFigures()));
            }
        } catch (ApiProblem | ApiUnavailableException e) {
            log.warn("Dashboard figures unavailable: {}", e.getMessage());
            response.setStatus(503);
            model.addAttribute("unavailable", true);
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/tableau-de-bord/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        byte[] body = switch (name) {
            case "communes" -> DashboardCsv.communes(publicPart().communeTable());
            case "carte" -> DashboardCsv.map(publicPart().map());
            case "mois" -> DashboardCsv.monthly(detailed().monthly());
            case "partenaires" -> DashboardCsv.chart(detailed().partners());
            case "statuts" -> DashboardCsv.chart(detailed().statuses());
            case "parcours" -> DashboardCsv.chart(detailed().funnel());
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("heure-civique-" + name + ".csv").build().toString())
                .body(body);
    }

    private Dashboard.Public publicPart() {
        return Dashboard.publicPart(api.stats(), api.communeMap(), api.communeFigures());
    }

    private Dashboard.Detailed detailed() {
        if (!isStaff()) {
            throw new AccessDeniedException("Detailed figures are for staff");
        }
        return Dashboard.detailedPart(api.stats(), api.monthly(), api.volunteerFigures());
    }

    static boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF_ROLES::contains);
    }
}
