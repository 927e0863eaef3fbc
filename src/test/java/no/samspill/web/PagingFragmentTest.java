package no.samspill.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The previous/next links shared by the worklist, the pathway list, the referrals and "Mine oppgaver". */
class PagingFragmentTest {

    private static String render(String call) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(strings);
        return engine.process("<div><nav th:replace=\"~{fragments/paging :: paging(" + call + ")}\"></nav></div>",
                new Context());
    }

    @Test
    void linksThatSwapOnlyTheTableCarryTheHtmxAttributes() {
        String html = render("2, true, '/arbeidsliste?page=1', '/arbeidsliste?page=3', '#worklist-table'");

        assertThat(html).contains("class=\"app-paging\"", "aria-label=\"Sider\"", "href=\"/arbeidsliste?page=1\"",
                "href=\"/arbeidsliste?page=3\"", "hx-boost=\"true\"", "hx-target=\"#worklist-table\"",
                "hx-select=\"#worklist-table\"", "hx-swap=\"outerHTML\"", "Forrige side", "Side 3", "Neste side");
    }

    @Test
    void plainLinksHaveNoHtmxAttributesAndTheFirstPageNoPreviousLink() {
        String html = render("0, true, '/henvisninger?page=-1', '/henvisninger?page=1', null");

        assertThat(html).contains("href=\"/henvisninger?page=1\"", "Side 1", "Neste side")
                .doesNotContain("hx-", "Forrige side", "page=-1");
    }

    @Test
    void aSinglePageShowsNoPaging() {
        assertThat(render("0, false, '/x', '/y', null")).doesNotContain("app-paging", "Side");
    }
}
