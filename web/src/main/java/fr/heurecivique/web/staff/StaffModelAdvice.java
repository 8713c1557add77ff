package fr.heurecivique.web.staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the signed-in person is staff, for the site's menu ("Gestion"): their authorities from the sign-in. */
@ControllerAdvice
class StaffModelAdvice {

    @ModelAttribute("staffArea")
    boolean staffArea() {
        return isStaff();
    }

    static boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(name -> StaffMember.STAFF_ROLES.stream().anyMatch(role -> name.equals("ROLE_" + role)));
    }
}
