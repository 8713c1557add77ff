package fr.heurecivique.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final PublicFigures figures;

    HomeController(PublicFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", figures.current());
        return "home";
    }
}
