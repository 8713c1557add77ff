package fr.heurecivique.commune.needs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * Where the help takes place: an address within the commune (a hall, a meeting point), and/or coordinates the
 * referent pinned. Without coordinates, the need is located at the commune centre.
 */
record PlaceRequest(
        @Size(max = 200) String address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
