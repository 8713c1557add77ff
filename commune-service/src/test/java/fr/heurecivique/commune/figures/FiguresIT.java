package fr.heurecivique.commune.figures;

import fr.heurecivique.testsupport.PlatformIntegrationTest;

@PlatformIntegrationTest
class FiguresIT extends FiguresScenarios {
}
