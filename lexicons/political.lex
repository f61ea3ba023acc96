# 政治敏感词（政治关）：草稿由主要领导审核，留言立即处置。
@category political
@draft    principal_leader
@comment  takedown
@severity high
@article  第四条
@message  含政治敏感词“{term}”，须严格把好政治关
@comment_message 留言含政治敏感词“{term}”，须立即处置
# 拼音夹写（du博、冰du、falungong）也算命中
@pinyin   mix

法轮功
# 拼音缩写（只匹配整个字母串：flg，不在 flight 里）
flg
# 同音替字
法仑功
法伦功
法轮
大法弟子
六四
六四事件
8964
# 数量和文号里的 8964（户籍人口8964人、〔2026〕8964号），年份里的“六四年”
!8964人
!8964号
!8964户
!8964元
!8964万
!8964亩
!8964名
!8964吨
!8964平方
!六四年
五月三十五日
藏独
疆独
台独
港独
东突
全能神
颠覆国家政权
分裂国家
反华势力

# 允许词：收益“六四分成”“四六开”是比例
!六四分成
!六四开
