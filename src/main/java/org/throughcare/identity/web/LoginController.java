package org.throughcare.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String expired, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String passwordSet, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("passwordSet", passwordSet != null);
        return "login";
    }
}
