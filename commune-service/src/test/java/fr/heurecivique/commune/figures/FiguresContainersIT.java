package fr.heurecivique.commune.figures;

import fr.heurecivique.testsupport.ContainersIntegrationTest;

@ContainersIntegrationTest
class FiguresContainersIT extends FiguresScenarios {
}
