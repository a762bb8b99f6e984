<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<section class="hero">
  <#if site.course.code?has_content><p class="eyebrow">${site.course.code}<#if site.course.term?has_content> · ${site.course.term}</#if></p></#if>
  <h1>${site.title}</h1>
  <#if site.description?has_content><p class="lede">${site.description}</p></#if>
  <#if site.course.name?has_content || site.course.instructor?has_content>
  <p class="course"><#if site.course.name?has_content>${site.course.name}</#if><#if site.course.name?has_content && site.course.instructor?has_content> · </#if><#if site.course.instructor?has_content>${site.course.instructor}</#if></p>
  </#if>
</section>
<section class="home-section" aria-labelledby="cases-heading">
  <h2 id="cases-heading">${msg("home.cases.title")}</h2>
  <#if cases?has_content>
  <ul class="cards case-cards">
    <#list cases as c>
    <li class="card case-card">
      <div class="card-main">
        <p class="card-date"><time datetime="${c.date}">${c.dateText}</time></p>
        <h3><a class="card-link" href="${link(c.url)}">${c.title}</a><#if c.draft> <span class="badge badge-draft">${msg("badge.draft")}</span></#if></h3>
        <#if c.summary?has_content><p class="card-summary">${c.summary}</p></#if>
      </div>
      <dl class="card-counts">
        <div><dt>${msg("word.questions", c.questionCount)}</dt><dd>${msg("number", c.questionCount)}</dd></div>
        <div><dt>${msg("word.answers", c.answerCount)}</dt><dd>${msg("number", c.answerCount)}</dd></div>
        <#if c.featuredCount gt 0><div class="featured-count"><dt>${msg("word.featured", c.featuredCount)}</dt><dd>${msg("number", c.featuredCount)}</dd></div></#if>
      </dl>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">${msg("home.cases.empty")}</p>
  </#if>
</section>
<#if comparisons?has_content>
<section class="home-section" aria-labelledby="comparisons-heading">
  <h2 id="comparisons-heading">${msg("home.comparisons.title")}</h2>
  <ul class="cards comparison-cards">
    <#list comparisons as c>
    <li class="card comparison-card">
      <div class="card-main">
        <h3><a class="card-link" href="${link(c.url)}">${c.title}</a><#if c.draft> <span class="badge badge-draft">${msg("badge.draft")}</span></#if></h3>
        <#if c.excerpt?has_content><p class="card-summary">${c.excerpt}</p></#if>
        <p class="card-meta">${msg("count.sides", c.sideCount)} · ${msg("count.dimensions", c.dimensionCount)}</p>
      </div>
    </li>
    </#list>
  </ul>
</section>
</#if>
<#if themeCount gt 0>
<p class="browse-more"><a class="button" href="${link(nav.themes)}">${msg("home.browse", answerCount, msg("count.themes", themeCount))}</a></p>
</#if>
</@layout.frame>
