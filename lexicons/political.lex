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
# 同音替字
法仑功
法伦功
法轮
大法弟子
六四
六四事件
8964
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
